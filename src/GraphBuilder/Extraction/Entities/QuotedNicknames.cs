using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// A nickname quoted inside a personal name: Olan "The Hammer" Brekk, Olan 'Hammer' Brekk, Olan “El Toro” Brekk.
/// The quoted words stand between two capitalised words, set off by spaces outside the quotes and none inside;
/// the name reads across them, leaves them out of its label and keeps them as another form of it.
/// </summary>
internal static class QuotedNicknames
{
    private const int MaxWords = 3;

    /// <summary>The token after the closing quote when tokens[open] opens a nickname inside a name, else -1.</summary>
    public static int End(List<Token> tokens, int open)
    {
        if (open < 1 || open + 3 >= tokens.Count || !IsQuote(tokens[open]) || !IsNamePart(tokens[open - 1])
            || tokens[open - 1].End == tokens[open].Start || tokens[open].End != tokens[open + 1].Start)
            return -1;
        var k = open + 1;
        while (k < tokens.Count && k - open <= MaxWords && tokens[k].IsWord)
            k++;
        if (k == open + 1 || k + 1 >= tokens.Count || !IsQuote(tokens[k]) || tokens[k - 1].End != tokens[k].Start
            || tokens[k].End == tokens[k + 1].Start || !IsNamePart(tokens[k + 1]) || !tokens[open + 1].IsCapitalised)
            return -1;
        return k + 1;
    }

    /// <summary>The words of tokens[first..last) without the quoted nicknames among them, joined by spaces.</summary>
    public static string Without(List<Token> tokens, int first, int last)
    {
        var words = new List<string>(last - first);
        for (var k = first; k < last; k++)
        {
            if (End(tokens, k) is var end and > 0 && end < last)
                k = end - 1;
            else
                words.Add(tokens[k].Text);
        }
        return string.Join(' ', words);
    }

    /// <summary>The first nickname inside tokens[first..last), unquoted, or null.</summary>
    public static string? Within(List<Token> tokens, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
            if (End(tokens, k) is var end and > 0 && end < last)
                return string.Join(' ', Enumerable.Range(k + 1, end - k - 2).Select(i => tokens[i].Text));
        return null;
    }

    public static bool IsQuote(Token t) => t.Kind == TokenKind.Punctuation && t.Text is "\"" or "“" or "”" or "'" or "‘" or "’" or "«" or "»";

    private static bool IsNamePart(Token t) => t.IsWord && t.IsCapitalised && !t.IsAcronym;
}
