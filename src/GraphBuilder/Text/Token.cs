namespace GraphBuilder.Text;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Possessive,
}

/// <summary>
/// A token of the file text: Start/End index the file text. Key is the text with curly apostrophes made
/// straight, the form lexicons are compared with.
/// </summary>
public sealed record Token(int Start, int End, string Text, TokenKind Kind)
{
    public string Key { get; } = Text.Replace('\u2019', '\'').Replace('\u2018', '\'');

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Starts with an upper-case letter ("Ortmann", "US", "T20", "Indo-Pak").</summary>
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>All letters upper case and at least two of them ("NATO", "U.S.").</summary>
    public bool IsAcronym { get; } = IsAllCapitals(Text);

    private static bool IsAllCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsLetter(c))
                letters++;
        }
        return letters >= 2;
    }

    public bool IsPunctuation(char c) => Kind == TokenKind.Punctuation && Text.Length == 1 && Text[0] == c;
}
