using System.Text.RegularExpressions;
using GraphBuilder.Extraction;

namespace GraphBuilder.Documents;

/// <summary>
/// Judges single lines of a page by general signals: markers from the furniture lexicon (trailing blocks,
/// furniture lines, caption credits), share bars, date lines and headline-like lines (short, no
/// sentence-final punctuation), as jusText and boilerpipe do.
/// </summary>
internal static partial class FurnitureRules
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Markers = Lexicon.Kinds("furniture-markers");
    private static readonly HashSet<string> EndLines = new(Markers["endline"].Select(m => m.TrimEnd(':')), StringComparer.OrdinalIgnoreCase);

    // Static trim sets: the params char[] overloads would allocate an array for every line judged.
    private static readonly char[] EndLineTrim = [':', '»', ' ', '.'];
    private static readonly char[] Closers = ['"', '\'', '”', '’', ')', ']', '»'];

    [GeneratedRegex(@"[—–-]\s*[^.!?—–]{1,60}/\s*[\p{L}\p{N} ]{1,40}\]?\s*$")]
    private static partial Regex CreditSuffix();

    [GeneratedRegex(@"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9},?\s+\d{4})(?:\s+\d{1,2}:\d{2}.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu}\p{M}.'’ -]{2,}?)(?:,\s*[^—–:\n]{2,40}?)?\s*(?:—|–|:|--)\s+")]
    private static partial Regex Dateline();

    public static bool StartsTrailingBlock(string line) =>
        EndLines.Contains(line.Trim().TrimEnd(EndLineTrim).Trim()) || Markers["end"].Any(m => StartsWith(line, m));

    public static bool IsFurnitureLine(string line) =>
        (Words(line) <= 12 && Markers["line"].Any(m => StartsWith(line, m)))
        || Markers["caption"].Any(m => line.Contains(m, StringComparison.OrdinalIgnoreCase))
        || CreditSuffix().IsMatch(line)
        || line.AsSpan().Count('|') >= 2
        || line.Contains(" » ", StringComparison.Ordinal) || line.Contains(" › ", StringComparison.Ordinal)
        || DateLine().IsMatch(line);

    /// <summary>Short, without sentence-final punctuation and without an inner sentence break: a headline or label.</summary>
    public static bool IsHeadlineLike(string line)
    {
        var end = line.TrimEnd().TrimEnd(Closers);
        return Words(line) <= 20 && end.Length > 0 && end[^1] is not ('.' or '!' or '?' or ',' or ';' or ':') && !line.Contains(". ");
    }

    /// <summary>The place part of a dateline opening the line ("ISLAMABAD:", "JAKARTA —"), if any.</summary>
    public static TextSpan? DatelineAt(string line, int offset)
    {
        var m = Dateline().Match(line);
        if (!m.Success || !m.Groups["place"].Value.Any(char.IsLetter) || m.Groups["place"].Value.Trim().Length < 3)
            return null;
        var place = m.Groups["place"];
        return new TextSpan(offset + place.Index, offset + place.Index + place.Value.TrimEnd().Length);
    }

    /// <summary>The number of space-separated words, counted without splitting the line into strings.</summary>
    private static int Words(string line)
    {
        var words = 0;
        for (var i = 0; i < line.Length; i++)
            if (line[i] != ' ' && (i == 0 || line[i - 1] == ' '))
                words++;
        return words;
    }

    /// <summary>The line starts with the marker as a whole word ("By admin", not "Byline").</summary>
    private static bool StartsWith(string line, string marker)
    {
        if (!line.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            return false;
        return line.Length == marker.Length || !char.IsLetter(line[marker.Length]) || !char.IsLetter(marker[^1]);
    }
}
