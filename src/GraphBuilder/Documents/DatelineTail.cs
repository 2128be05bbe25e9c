namespace GraphBuilder.Documents;

/// <summary>
/// What follows a dateline's place up to the dash that ends it, "LIMA, March 4 (Reuters) - ...". The agency
/// credit in its parenthesis names the publisher of the wire copy, not anyone the story is about, so no entity
/// is read inside it (read as a name, the agency designated and was designated). The story's sentence starts
/// after the dash, so that is where its parse starts: the date and credit before it made the parser misread
/// the clause ("A hosted B" lost its subject).
/// </summary>
public static class DatelineTail
{
    /// <summary>How far after the place the dash must come: "LIMA, Peru, March 4, 2025 (Agency) -" fits.</summary>
    private const int Reach = 60;

    private static readonly string[] Dashes = [" – ", " — ", " -- ", " - ", ": "];

    public static TextSpan? Credit(string text, int placeEnd, int sentenceEnd)
    {
        if (Dash(text, placeEnd, sentenceEnd) is not { } dash)
            return null;
        var open = text.IndexOf('(', placeEnd, dash.At - placeEnd);
        var close = open < 0 ? -1 : text.IndexOf(')', open, dash.At - open);
        return close < 0 ? null : new TextSpan(open, close + 1);
    }

    /// <summary>Where the story's first sentence begins after the dateline, or -1.</summary>
    public static int BodyStart(string text, int placeEnd, int sentenceEnd) =>
        Dash(text, placeEnd, sentenceEnd) is { } dash ? dash.At + dash.Length : -1;

    private static (int At, int Length)? Dash(string text, int placeEnd, int sentenceEnd)
    {
        var limit = Math.Min(sentenceEnd, placeEnd + Reach);
        (int At, int Length)? first = null;
        foreach (var d in Dashes)
            if (text.IndexOf(d, placeEnd, limit - placeEnd, StringComparison.Ordinal) is var i and >= 0 && (first is null || i < first.Value.At))
                first = (i, d.Length);
        return first;
    }
}
