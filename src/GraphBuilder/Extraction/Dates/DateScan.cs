using System.Buffers;
using System.Text.RegularExpressions;

namespace GraphBuilder.Extraction.Dates;

/// <summary>
/// The matches of the date expression in a text, exactly as Regex.Matches would give them, found by trying the
/// pattern (anchored with \G) only at the word starts near a cue instead of at every position of the text: the
/// interpreter's scan over whole sentences was the largest single cost of the relation stage.
/// Why this finds the same matches: every expression holds an anchor word (DateResolver's cues, plus
/// "tomorrow" and the month abbreviations without their period, the only expressions without a cue) and
/// begins at most two words before it ("earlier this week", "since May"). So the leftmost match at or after a
/// position starts in the window from two words before the next anchor to that anchor, or after that anchor;
/// windows are tried in order and a match restarts the search where it ends, as Matches does.
/// </summary>
internal static class DateScan
{
    private static readonly SearchValues<string> Anchors = SearchValues.Create(
        [.. DateResolver.CueWords, "tomorrow", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "oct", "nov", "dec"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The words an expression can have before its anchor word ("earlier this week").</summary>
    private const int WordsBeforeAnchor = 2;

    public static List<Match> Matches(Regex anchored, string text)
    {
        var found = new List<Match>();
        var from = 0;
        while (from < text.Length)
        {
            var anchor = text.AsSpan(from).IndexOfAny(Anchors);
            if (anchor < 0)
                break;
            anchor += from;
            if (InsideWord(text, anchor))
            {
                from = anchor + 1;
                continue;
            }
            var match = FirstInWindow(anchored, text, Math.Max(from, WindowStart(text, anchor)), anchor);
            if (match is null)
            {
                from = anchor + 1;
                continue;
            }
            found.Add(match);
            from = match.Index + match.Length;
        }
        return found;
    }

    /// <summary>The match starting first in [start, last], if any; only possible starts of a word are tried.</summary>
    private static Match? FirstInWindow(Regex anchored, string text, int start, int last)
    {
        for (var at = start; at <= last; at++)
        {
            if (!MayStartWord(text, at))
                continue;
            var match = anchored.Match(text, at);
            if (match.Success)
                return match;
        }
        return null;
    }

    /// <summary>
    /// An anchor right after an ASCII letter or digit ("⟦P12⟧", "holidays" has "day" but "Mondays" too): every
    /// expression holds an anchor that stands at a word start (a digit of "5", a month name, "week" after its
    /// space, "tomorrow"), except "day", which stands inside "Monday", "today" and "yesterday", so only that one is kept.
    /// </summary>
    private static bool InsideWord(string text, int anchor) =>
        anchor > 0 && char.IsAsciiLetterOrDigit(text[anchor - 1]) && !text.AsSpan(anchor).StartsWith("day", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Loose on purpose: the pattern's own \b decides. Skipped are only a position after an ASCII letter, digit or
    /// '_' (word characters for \b) and one whose character no alternative begins with: an expression begins
    /// with a digit, or a letter of FirstLetters (any case), or a non-ASCII letter that case-insensitive matching may equate with one.
    /// </summary>
    private static bool MayStartWord(string text, int at) =>
        MayStartExpression(text[at]) && (at == 0 || !(char.IsAsciiLetterOrDigit(text[at - 1]) || text[at - 1] == '_'));

    /// <summary>The first letters of the alternatives: month and weekday names, the prepositions, "yesterday", "last", "earlier"...</summary>
    private const string FirstLetters = "abdefijlmnostuwy";

    private static bool MayStartExpression(char c) =>
        char.IsAsciiDigit(c) || (char.IsAsciiLetter(c) ? FirstLetters.Contains(char.ToLowerInvariant(c)) : c > 127 && char.IsLetter(c));

    /// <summary>The start of the word WordsBeforeAnchor words before the one holding the anchor (words: runs of non-space).</summary>
    private static int WindowStart(string text, int anchor)
    {
        var at = anchor;
        while (at > 0 && !char.IsWhiteSpace(text[at - 1]))
            at--;
        for (var word = 0; word < WordsBeforeAnchor && at > 0; word++)
        {
            while (at > 0 && char.IsWhiteSpace(text[at - 1]))
                at--;
            while (at > 0 && !char.IsWhiteSpace(text[at - 1]))
                at--;
        }
        return at;
    }
}
