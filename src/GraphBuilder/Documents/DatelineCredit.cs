namespace GraphBuilder.Documents;

/// <summary>
/// The agency credit of a dateline, "LIMA, March 4 (Reuters) -": the parenthesis between the dateline's place
/// and the dash that ends it. It names the publisher of the wire copy, not anyone the story is about, so no
/// entity is read inside it (a credit read as a name made the agency designate and be designated).
/// </summary>
public static class DatelineCredit
{
    /// <summary>How far after the place the dash must come: "LIMA, Peru, March 4, 2025 (Agency) -" fits.</summary>
    private const int Reach = 60;

    private static readonly string[] Dashes = [" – ", " — ", " -- ", " - ", ": "];

    public static TextSpan? After(string text, int placeEnd, int sentenceEnd)
    {
        var limit = Math.Min(sentenceEnd, placeEnd + Reach);
        var dash = Dashes.Select(d => text.IndexOf(d, placeEnd, limit - placeEnd, StringComparison.Ordinal))
            .Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (dash < 0)
            return null;
        var open = text.IndexOf('(', placeEnd, dash - placeEnd);
        var close = open < 0 ? -1 : text.IndexOf(')', open, dash - open);
        return close < 0 ? null : new TextSpan(open, close + 1);
    }
}
