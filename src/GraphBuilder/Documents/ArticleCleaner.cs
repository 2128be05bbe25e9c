namespace GraphBuilder.Documents;

/// <summary>
/// Removes page furniture from an article before extraction. Works on the lines of the body: drops
/// duplicated lines (teasers and captions are repeated), furniture lines, headline-like lines (the first
/// one before the text is kept as the title) and everything from a trailing-block marker on; a "By"
/// line alone also takes the author's name on the next line with it.
/// </summary>
public static partial class ArticleCleaner
{
    public static ArticleText Clean(SourceDocument document)
    {
        var lines = Unwrapped(Lines(document.Text, document.BodyStart), document.Text);
        var counts = lines.GroupBy(l => l.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        string? title = null;
        TextSpan? dateline = null;
        DatelineTail? tail = null;
        var paragraphs = new List<TextSpan>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (FurnitureRules.StartsTrailingBlock(line.Text))
                break;
            if (line.Text.Equals("By", StringComparison.OrdinalIgnoreCase))
                i++;
            else if (counts[line.Text] > 1 || FurnitureRules.IsFurnitureLine(line.Text))
                continue;
            else if (FurnitureRules.IsHeadlineLike(line.Text) && !IsListedItem(line.Text, paragraphs, document.Text))
                title ??= paragraphs.Count == 0 && line.Text.Contains(' ') ? line.Text : null;
            else
            {
                if (paragraphs.Count == 0 && FurnitureRules.DatelineAt(line.Text, line.Start) is { } place)
                    (dateline, tail) = (place, DatelineTail.After(document.Text, place.End, line.Start + line.Text.Length));
                paragraphs.Add(new TextSpan(line.Start, line.Start + line.Text.Length));
            }
        }
        return new ArticleText(title, dateline, paragraphs, tail);
    }

    /// <summary>
    /// "The Committee added the entries below to its list:" and then one bulleted or numbered name a line (or one
    /// labelled "Name: description"): the items of a listing whose lead-in (the last paragraph kept) announces it, or
    /// that continue such items, are text.
    /// </summary>
    private static bool IsListedItem(string line, List<TextSpan> paragraphs, string text)
    {
        if (paragraphs.Count == 0 || !IsItem(line))
            return false;
        var last = text[paragraphs[^1].Start..paragraphs[^1].End];
        return FurnitureRules.IsListingLeadIn(last) || IsItem(last);
    }

    private static bool IsItem(string line) => FurnitureRules.StartsWithBullet(line) || FurnitureRules.OpensWithLabel(line);

    private sealed record Line(int Start, string Text, bool AfterBlank);

    /// <summary>The non-blank lines from offset on, trimmed, with the offset of their first kept character.</summary>
    private static List<Line> Lines(string text, int from)
    {
        var lines = new List<Line>();
        var start = from;
        var blank = false;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            var raw = text.AsSpan(start, end - start);
            var lead = raw.Length - raw.TrimStart().Length;
            var trimmed = raw.Trim();
            if (trimmed.Length > 0)
                lines.Add(new Line(start + lead, trimmed.ToString(), blank));
            blank = trimmed.Length == 0;
            start = end + 1;
        }
        return lines;
    }
}
