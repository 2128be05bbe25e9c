namespace GraphBuilder.Documents;

/// <summary>
/// What follows a dateline's place up to the dash that ends it, "LIMA, March 4 (Reuters) - ...". The agency
/// credit in its parenthesis names the publisher of the wire copy, not anyone the story is about, so no entity
/// is read inside it (read as a name, the agency designated and was designated). The story starts after the
/// dash, so that is where its first sentence's parse starts: the date and credit before it made the parser
/// misread the clause ("A hosted B" lost its subject).
/// </summary>
public sealed record DatelineTail(TextSpan? Credit, int StoryStart)
{
    /// <summary>How far after the place the dash must come: "LIMA, Peru, March 4, 2025 (Agency) -" fits.</summary>
    private const int Reach = 60;

    /// <summary>The dashes a title-case dateline ends with, and the colon of "ISLAMABAD:".</summary>
    private static readonly string[] Dashes = [.. FurnitureRules.DatelineDashes, ": "];

    /// <summary>The tail of the dateline whose place ends at placeEnd on a line ending at lineEnd; null without a dash.</summary>
    public static DatelineTail? After(string text, int placeEnd, int lineEnd)
    {
        if (Dash(text, placeEnd, Math.Min(lineEnd, placeEnd + Reach)) is not { } dash)
            return null;
        var open = text.IndexOf('(', placeEnd, dash.At - placeEnd);
        var close = open < 0 ? -1 : text.IndexOf(')', open, dash.At - open);
        return new DatelineTail(close < 0 ? null : new TextSpan(open, close + 1), dash.At + dash.Length);
    }

    private static (int At, int Length)? Dash(string text, int from, int limit)
    {
        (int At, int Length)? first = null;
        foreach (var d in Dashes)
            if (text.IndexOf(d, from, limit - from, StringComparison.Ordinal) is var i and >= 0 && (first is null || i < first.Value.At))
                first = (i, d.Length);
        return first;
    }
}
