using System.Globalization;

namespace GraphBuilder.Text;

/// <summary>
/// Where the tokens of a text stand, by hand: the same spans as the regex
/// <c>(?:\p{L}\.){2,}(?:-W)?|W(?:\+\p{N}+)?|\S</c> with W = <c>[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+|-(?:\p{L}\.){2,})*</c>
/// (dotted letters, joined by a hyphen to a word after them as in "U.S.-Vietnam" like "US-Vietnam"; a word with
/// its apostrophe and hyphen parts and a "+5" tail; else one non-space character), which was a tenth
/// of the entity stage when the interpreter ran it over every character of every article.
/// </summary>
internal static class TokenSpans
{
    /// <summary>The next token at or after [from] before [end]: its start and length; length 0 when none is left.</summary>
    public static (int Start, int Length) Next(string text, int from, int end)
    {
        var at = from;
        while (at < end && char.IsWhiteSpace(text[at]))
            at++;
        if (at == end)
            return (end, 0);
        var dotted = DottedLetters(text, at, end);
        if (dotted >= 4 && at + dotted + 1 < end && text[at + dotted] == '-' && IsWordChar(text[at + dotted + 1]))
            return (at, WordEnd(text, at + dotted + 1, end) - at);
        if (dotted >= 4)
            return (at, dotted);
        return IsWordChar(text[at]) ? (at, WordEnd(text, at, end) - at) : (at, 1);
    }

    /// <summary>The length of the longest run of letter-then-period pairs at [at] ("U.S.", "a.k.a.", "p.m.").</summary>
    private static int DottedLetters(string text, int at, int end)
    {
        var i = at;
        while (i + 1 < end && char.IsLetter(text[i]) && text[i + 1] == '.')
            i += 2;
        return i - at;
    }

    /// <summary>
    /// A run of word characters, then its ' ’ - parts (a separator counts only with a word character after it; after a
    /// hyphen, dotted letters too: "Pakistan-U.S.", "ROK-U.S."), then "+digits".
    /// </summary>
    private static int WordEnd(string text, int at, int end)
    {
        var i = Run(text, at, end, IsWordChar);
        while (i + 1 < end && text[i] is '\'' or '\u2019' or '-' && IsWordChar(text[i + 1]))
            i = text[i] == '-' && DottedLetters(text, i + 1, end) is var dotted and >= 4 ? i + 1 + dotted : Run(text, i + 1, end, IsWordChar);
        if (i + 1 < end && text[i] == '+' && IsNumber(text[i + 1]))
            i = Run(text, i + 1, end, IsNumber);
        return i;
    }

    private static int Run(string text, int at, int end, Func<char, bool> test)
    {
        while (at < end && test(text[at]))
            at++;
        return at;
    }

    private static bool IsWordChar(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => IsNumber(c),
    };

    private static bool IsNumber(char c) => char.GetUnicodeCategory(c)
        is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
