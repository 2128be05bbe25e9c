using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Text;
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
    private static readonly string[] EndMarkers = [.. Markers["end"]];
    private static readonly string[] LineMarkers = [.. Markers["line"]];

    /// <summary>
    /// Caption markers may stand anywhere in a line: the ASCII ones in one vectorised search instead of one scan
    /// per marker (with a non-ASCII marker among them the search falls back to a slow per-character table).
    /// </summary>
    private static readonly SearchValues<string> AsciiCaptionMarkers =
        SearchValues.Create([.. Markers["caption"].Where(m => Ascii.IsValid(m))], StringComparison.OrdinalIgnoreCase);
    private static readonly string[] OtherCaptionMarkers = [.. Markers["caption"].Where(m => !Ascii.IsValid(m))];

    /// <summary>The first characters of the other markers, both cases: a line without any cannot hold one.</summary>
    private static readonly SearchValues<char> OtherCaptionStarts = SearchValues.Create(
        string.Concat(OtherCaptionMarkers.Select(m => $"{char.ToUpperInvariant(m[0])}{char.ToLowerInvariant(m[0])}")));

    // Static trim sets: the params char[] overloads would allocate an array for every line judged.
    private static readonly char[] EndLineTrim = [':', '»', ' ', '.'];
    private static readonly char[] Closers = ['"', '\'', '”', '’', ')', ']', '»'];

    /// <summary>"— Name/Agency" at a line's end; tried only on lines with a slash, as it tries every dash of a paragraph.</summary>
    private static readonly Regex CreditSuffix = Patterns.Create(@"[—–-]\s*[^.!?—–]{1,60}/\s*[\p{L}\p{N} ]{1,40}\]?\s*$");

    private static readonly Regex DateLine = Patterns.Create(@"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9},?\s+\d{4})(?:\s+\d{1,2}:\d{2}.*)?$", RegexOptions.IgnoreCase);

    public static bool StartsTrailingBlock(string line) =>
        EndLines.Contains(line.Trim().TrimEnd(EndLineTrim).Trim()) || StartsWithAny(line, EndMarkers);

    public static bool IsFurnitureLine(string line) =>
        (HasAtMostWords(line, 12) && StartsWithLineMarker(line))
        || line.AsSpan().ContainsAny(AsciiCaptionMarkers) || HasOtherCaptionMarker(line)
        || (line.Contains('/') && CreditSuffix.IsMatch(line))
        || line.AsSpan().Count('|') >= 2
        || line.Contains(" » ", StringComparison.Ordinal) || line.Contains(" › ", StringComparison.Ordinal)
        || DateLine.IsMatch(line);

    /// <summary>Short, without sentence-final punctuation and without an inner sentence break: a headline or label.</summary>
    public static bool IsHeadlineLike(string line)
    {
        var end = line.TrimEnd().TrimEnd(Closers);
        return HasAtMostWords(line, 20) && end.Length > 0 && end[^1] is not ('.' or '!' or '?' or ',' or ';' or ':') && !HasInnerBreak(line)
            && !IsListItemBeforeLast(end);
    }

    private static readonly char[] BulletMarks = ['•', '·', '▪', '◦', '‣', '*', '-', '–'];

    /// <summary>A line opening with a bullet mark or an item number ("• Name", "- Name", "1. Name", "(a) Name").</summary>
    public static bool StartsWithBullet(string line) =>
        line.Length > 1 && BulletMarks.Contains(line[0]) && char.IsWhiteSpace(line[1]) || ItemNumber.IsMatch(line);

    /// <summary>"1.", "(2)", "(a)", and the roman "(iii)" or "iv)" of gazette notices.</summary>
    private static readonly Regex ItemNumber = Patterns.Create(@"^(?:\(?\d{1,2}[.)]|\((?:[a-z]|[ivx]{1,5})\)|[ivx]{1,5}\))\s+\S");

    /// <summary>A line that opens with a capitalised label of a few words and a colon: "Olan Brekk and Ida Vos: who ...".</summary>
    public static bool OpensWithLabel(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && char.IsUpper(line[0]) && line.AsSpan(0, colon).Count(' ') < LongestLabel;
    }

    private const int LongestLabel = 7;

    /// <summary>A paragraph that announces a listing: it ends with a colon, or points to "the entries specified below".</summary>
    public static bool IsListingLeadIn(string paragraph) =>
        paragraph.TrimEnd().EndsWith(':') || paragraph.Contains(" below ", StringComparison.Ordinal);

    /// <summary>"• Name; and": the item before the last of a listing, which runs on into the next line.</summary>
    private static bool IsListItemBeforeLast(string end) =>
        end.EndsWith("; and", StringComparison.Ordinal) || end.EndsWith("; or", StringComparison.Ordinal)
        || end.EndsWith(", and", StringComparison.Ordinal) || end.EndsWith(", or", StringComparison.Ordinal);

    /// <summary>". " after a word that is not an abbreviation ("U.S. stocks", "Gen. Ruiz" do not break a headline).</summary>
    private static bool HasInnerBreak(string line)
    {
        for (var at = line.IndexOf(". ", StringComparison.Ordinal); at > 0; at = line.IndexOf(". ", at + 1, StringComparison.Ordinal))
        {
            var from = line.LastIndexOf(' ', at - 1) + 1;
            var word = line.AsSpan(from, at - from);
            if (!word.Contains('.') && word.Length > 1 && !(word.Length <= 4 && char.IsUpper(word[0])))
                return true;
        }
        return false;
    }

    /// <summary>At most max space-separated words, counted without splitting the line and only as far as needed.</summary>
    private static bool HasAtMostWords(string line, int max)
    {
        var words = 0;
        for (var i = 0; i < line.Length; i++)
            if (line[i] != ' ' && (i == 0 || line[i - 1] == ' ') && ++words > max)
                return false;
        return true;
    }

    private static bool HasOtherCaptionMarker(string line) =>
        line.AsSpan().ContainsAny(OtherCaptionStarts) && OtherCaptionMarkers.Any(m => line.Contains(m, StringComparison.OrdinalIgnoreCase));

    private static bool StartsWithAny(string line, string[] markers)
    {
        foreach (var marker in markers)
            if (StartsWith(line, marker))
                return true;
        return false;
    }

    /// <summary>The line starts with the marker as a whole word ("By admin", not "Byline").</summary>
    private static bool StartsWith(string line, string marker)
    {
        if (!line.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            return false;
        return line.Length == marker.Length || !char.IsLetter(line[marker.Length]) || !char.IsLetter(marker[^1]);
    }
}
