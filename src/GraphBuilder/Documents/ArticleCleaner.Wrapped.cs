namespace GraphBuilder.Documents;

/// <summary>
/// Pages copied from hard-wrapped wire copy ("... Mr. Kazuyuki Yamazaki" / "Senior Deputy Minister for ..., headed the
/// delegation"): a line break inside a sentence would make two paragraphs, the first read as a headline and dropped.
/// </summary>
public static partial class ArticleCleaner
{
    private const int ShortestWrapped = 40;
    private const int LongestWrapped = 90;
    private const int FewestWrapped = 3;

    /// <summary>
    /// The lines with every wrapped line joined to the one after it, when the page is hard-wrapped: at least three
    /// lines, and a quarter of them, are of a wrapped width, end with no sentence's end and run on into the next line
    /// with no blank line between. Pages of one paragraph a line are left as they are.
    /// </summary>
    private static List<Line> Unwrapped(List<Line> lines, string text)
    {
        var wrapped = Enumerable.Range(0, lines.Count).Where(i => RunsOn(lines, i)).ToHashSet();
        if (wrapped.Count < FewestWrapped || wrapped.Count * 4 < lines.Count)
            return lines;
        var joined = new List<Line>();
        for (var i = 0; i < lines.Count; i++)
        {
            var first = i;
            while (wrapped.Contains(i))
                i++;
            var end = lines[i].Start + lines[i].Text.Length;
            var span = text[lines[first].Start..end].Replace('\r', ' ').Replace('\n', ' ');
            joined.Add(new Line(lines[first].Start, span, lines[first].AfterBlank));
        }
        return joined;
    }

    /// <summary>A line before an entry of a list ("Olan Brekk: a Lisbon-based financier") does not run on into it.</summary>
    private static bool RunsOn(List<Line> lines, int i) =>
        i + 1 < lines.Count && !lines[i + 1].AfterBlank && lines[i].Text.Length is >= ShortestWrapped and <= LongestWrapped
        && !EndsSentence(lines[i].Text) && char.IsLetterOrDigit(lines[i + 1].Text[0]) && !FurnitureRules.OpensWithLabel(lines[i + 1].Text);

    private static bool EndsSentence(string line) =>
        line.TrimEnd('"', '\u201d', '\'', '\u2019', ')', ']') is { Length: > 0 } end && end[^1] is '.' or '!' or '?' or ':' or ';';
}
