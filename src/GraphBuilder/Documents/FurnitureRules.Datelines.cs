using System.Text.RegularExpressions;
using GraphBuilder.Text;

namespace GraphBuilder.Documents;

/// <summary>
/// The dateline opening a line: "ISLAMABAD:", "JAKARTA —", "MOSCOW. Jan 23 (Agency) -", or a known city in title case
/// before a spaced dash or a colon ("Tehran, February 28:", "Kyiv [Ukraine], March 20 (Agency):").
/// </summary>
internal static partial class FurnitureRules
{
    private static readonly Regex Dateline = Patterns.Create(@"^(?<place>\p{Lu}[\p{Lu}\p{M}.'’ -]{2,}?)(?:[,.]\s*[^—–:\n]{2,40}?)?(?:\s*\([^()\n]{1,40}\))?\s*(?:—|–|:|--|\s-)\s+");

    /// <summary>The place part of a dateline opening the line ("ISLAMABAD:", "JAKARTA —"), if any.</summary>
    public static TextSpan? DatelineAt(string line, int offset)
    {
        var m = Dateline.Match(line);
        if (!m.Success)
            return TitleCaseDateline(line, offset);
        if (!m.Groups["place"].Value.Any(char.IsLetter) || m.Groups["place"].Value.Trim().Length < 3)
            return null;
        var place = m.Groups["place"];
        return new TextSpan(offset + place.Index, offset + place.Index + place.Value.TrimEnd().Length);
    }

    internal static readonly string[] DatelineDashes = [" – ", " — ", " -- ", " - "];

    /// <summary>
    /// "Ruritown, May 3 (Agency) – ...": a dateline in title case, the words before the first comma or parenthesis
    /// ahead of a spaced dash within the first 60 characters, counts only when it names a known city.
    /// </summary>
    private static TextSpan? TitleCaseDateline(string line, int offset)
    {
        var dash = DatelineDashes.Select(d => line.IndexOf(d, StringComparison.Ordinal)).Where(i => i > 0 && i <= 60).DefaultIfEmpty(-1).Min();
        if (dash < 0 && TitleCaseColon(line) is var colon and > 0)
            dash = colon;
        if (dash < 0)
            return null;
        var cut = line.AsSpan(0, dash).IndexOfAny(',', '(', '[');
        var place = (cut < 0 ? line[..dash] : line[..cut]).TrimEnd();
        var known = place.Length >= 3 && place.Split(' ').Length <= 2 && place.Split(' ').All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower))
            && GraphBuilder.Extraction.Entities.EntityLexicons.Instance.Gazetteer.TryGet(place, out var city) && city!.Type == GraphBuilder.Graph.NodeType.Place;
        return known ? new TextSpan(offset, offset + place.Length) : null;
    }

    /// <summary>
    /// "Tehran, February 28: ...", "New Delhi, Sep 9 (Agency): ...": the colon a title-case dateline ends with, where the
    /// words before it are capitalised or numbers (a date, a country) or in the credit's parenthesis; -1 when none.
    /// "Geneva: the city of ..." starts no story this way only if a lower-case word comes before its colon.
    /// </summary>
    private static int TitleCaseColon(string line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > 60 || colon + 1 >= line.Length || line[colon + 1] != ' ')
            return -1;
        var depth = 0;
        foreach (var word in line[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            depth += word.Count(c => c == '(') - word.Count(c => c == ')');
            var first = word.TrimStart('(', ',', '[');
            if (depth == 0 && !word.EndsWith(')') && first.Length > 0 && !char.IsUpper(first[0]) && !char.IsDigit(first[0]))
                return -1;
        }
        return colon;
    }
}
