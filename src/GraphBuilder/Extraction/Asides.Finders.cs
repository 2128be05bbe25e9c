namespace GraphBuilder.Extraction;

/// <summary>
/// Where the asides are: dashed pairs, parentheses of several words, a list's enumerators, participles with a "by"
/// agent, quoted names between commas.
/// </summary>
public static partial class Asides
{
    /// <summary>Pairs of dashes, taken in order: an en or em dash, or a hyphen with a space on each side.</summary>
    private static IEnumerable<(int, int)> Dashed(string text)
    {
        var dashes = new List<int>();
        for (var i = 0; i < text.Length; i++)
            if (text[i] is '\u2013' or '\u2014'
                || text[i] == '-' && i > 0 && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' ')
                dashes.Add(i);
        for (var i = 0; i + 1 < dashes.Count; i += 2)
            yield return (dashes[i], dashes[i + 1]);
    }

    /// <summary>
    /// "are (i) A, (ii) B and (iii) C", "(a) A; (b) B": the enumerators of an inline list, two or more of them, each
    /// after a space or the start and before a space (not "Section 18(1)"); the parser reads them as words of the list.
    /// </summary>
    private static IEnumerable<(int, int)> Enumerators(string text)
    {
        var found = new List<(int, int)>();
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOf(')', open + 1);
            if (close > open + 1 && close - open <= 5 && (open == 0 || text[open - 1] == ' ') && close + 1 < text.Length && text[close + 1] == ' '
                && IsEnumerator(text.AsSpan(open + 1, close - open - 1)))
                found.Add((open, close));
        }
        return found.Count >= 2 ? found : [];
    }

    private static bool IsEnumerator(ReadOnlySpan<char> inner) =>
        inner.Length == 1 && char.IsAsciiLetterLower(inner[0]) || inner.Length <= 2 && char.IsAsciiDigit(inner[0]) && char.IsAsciiDigit(inner[^1])
        || !inner.ContainsAnyExcept("ivxl");

    /// <summary>Parentheses holding two words or more; a lone word ("(OFAC)", "(Reuters)") is no aside the parser trips on.</summary>
    private static IEnumerable<(int, int)> Parenthesised(string text)
    {
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOfAny(['(', ')'], open + 1);
            if (close > 0 && text[close] == ')' && text[(open + 1)..close].Trim().Contains(' '))
                yield return (open, close);
        }
    }

    /// <summary>
    /// ", announced by B on Tuesday," after a lower-case word ("The sanctions, announced by B on Tuesday, target
    /// A"): a participle with its agent set off by commas, which the parser makes the head of the rest.
    /// </summary>
    private static IEnumerable<(int, int)> Participial(string text)
    {
        for (var comma = text.IndexOf(','); comma > 0; comma = text.IndexOf(',', comma + 1))
        {
            var word = comma + 1;
            while (word < text.Length && text[word] == ' ')
                word++;
            var end = word;
            while (end < text.Length && char.IsLower(text[end]))
                end++;
            var close = text.IndexOf(',', end);
            if (end - word > 3 && text.AsSpan(word, end - word).EndsWith("ed", StringComparison.Ordinal)
                && text.AsSpan(end).StartsWith(" by ", StringComparison.Ordinal) && close > 0 && AfterCommonNoun(text, comma))
                yield return (comma, close);
        }
    }

    /// <summary>
    /// ", "X"," after a lower-case word, with a mention inside the quotes: the two commas. Anything else
    /// between commas and quotes (a quoted remark, a name after its speaker's verb) is left alone.
    /// </summary>
    private static IEnumerable<(int, int)> QuotedNames(string text, IReadOnlyList<(int Start, int End)> mentions)
    {
        for (var comma = text.IndexOf(','); comma > 0; comma = text.IndexOf(',', comma + 1))
        {
            var open = comma + 1;
            while (open < text.Length && text[open] == ' ')
                open++;
            if (open >= text.Length || !IsOpeningQuote(text[open]) || !AfterCommonNoun(text, comma))
                continue;
            var close = text.IndexOfAny(['"', '\u201D', '\u2019'], open + 1);
            if (close < 0 || close + 1 >= text.Length || text[close + 1] != ','
                || !mentions.Any(m => m.Start >= open && m.End <= close + 1))
                continue;
            yield return (comma, close + 1);
        }
    }

    /// <summary>Whether the word before the comma is in lower case ("group", not a speaker's name).</summary>
    private static bool AfterCommonNoun(string text, int comma)
    {
        var start = comma;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-'))
            start--;
        return start < comma && char.IsLower(text[start]);
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '\u201C' or '\u2018';
}
