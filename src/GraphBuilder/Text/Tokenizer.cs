namespace GraphBuilder.Text;

/// <summary>
/// Splits a span of the file text into tokens with their offsets: dotted abbreviations ("U.S.") and
/// known abbreviations with their period ("Gen.") stay one token, hyphenated and apostrophe compounds
/// ("Indo-Pak", "O'Neill", "Da’esh") stay one word, and a possessive "’s" becomes its own token.
/// </summary>
public static class Tokenizer
{
    private static readonly IReadOnlySet<string> Abbreviations =
        new HashSet<string>(GraphBuilder.Extraction.Lexicon.Lines("abbreviations"), StringComparer.Ordinal);

    public static List<Token> Tokenize(string text, int start, int end)
    {
        // Presized from the span length (words average more than four characters with their space), so
        // the list rarely regrows: copying the growing arrays showed in the profile.
        var tokens = new List<Token>((end - start) / 4 + 4);
        for (var (at, length) = TokenSpans.Next(text, start, end); length > 0; (at, length) = TokenSpans.Next(text, at + length, end))
            Add(tokens, text, at, length);
        return tokens;
    }

    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    private static void Add(List<Token> tokens, string text, int index, int length)
    {
        var value = text.Substring(index, length);
        if (char.IsLetterOrDigit(value[0]))
        {
            if (PossessiveAt(value) is { } cut)
            {
                tokens.Add(Word(index, value[..cut]));
                tokens.Add(new Token(index + cut, index + length, value[cut..], TokenKind.Possessive));
                return;
            }
            tokens.Add(Word(index, value));
            return;
        }
        if (value == "." && tokens.Count > 0 && tokens[^1].End == index && tokens[^1].IsWord
            && (Abbreviations.Contains(tokens[^1].Text) || IsInitial(tokens[^1].Text)))
        {
            var last = tokens[^1];
            tokens[^1] = new Token(last.Start, index + 1, last.Text + ".", TokenKind.Word);
            return;
        }
        tokens.Add(new Token(index, index + length, value, TokenKind.Punctuation));
    }

    private static Token Word(int index, string value) =>
        new(index, index + value.Length, value, IsNumber(value) ? TokenKind.Number : TokenKind.Word);

    private static bool IsNumber(string value)
    {
        foreach (var c in value)
            if (!char.IsDigit(c) && c != '+')
                return false;
        return true;
    }

    private static bool IsInitial(string word) => word.Length == 1 && char.IsUpper(word[0]);

    /// <summary>Where "’s" starts in "Merkel’s" (not in "Da’esh" or "it's" of one letter).</summary>
    private static int? PossessiveAt(string word)
    {
        if (word.Length < 4 || word[^1] is not ('s' or 'S') || word[^2] is not ('\'' or '\u2019'))
            return null;
        return word.Length - 2;
    }
}
