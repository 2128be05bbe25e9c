namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// Words the page glued together: "QuintYusuf" (a list lost its separators) and "Quintsaid" (a name and the verb
/// after it). A name must not run through the join. Name prefixes with an inner capital ("McAdam", "LeBlanc",
/// "MacAdair", "DiNapoli", "FitzGerald") are no joins: their part before the capital is short.
/// </summary>
public static class GluedWords
{
    public const int MinHeadLetters = 5;
    /// <summary>
    /// The verbs pages glue to a name, narrower than the relation stage's speech verbs: a longer verb would cut real
    /// words at a sentence's start ("Underreported", "Ghostwrote").
    /// </summary>
    private static readonly string[] Verbs = ["said", "says", "told", "added", "stated"];

    /// <summary>Where the first word ends inside the token, or null when the token is one word.</summary>
    public static int? Join(string token)
    {
        if (token.Length < MinHeadLetters + 2 || !char.IsUpper(token[0]) || token.Contains('-') || token.Contains('\''))
            return null;
        for (var i = MinHeadLetters; i + 2 < token.Length; i++)
            if (char.IsUpper(token[i]) && char.IsLower(token[i - 1]) && char.IsLower(token[i + 1]) && token[1..i].All(char.IsLower))
                return i;
        foreach (var verb in Verbs)
            if (token.Length >= verb.Length + 4 && token.EndsWith(verb, StringComparison.Ordinal) && token[1..].All(char.IsLower))
                return token.Length - verb.Length;
        return null;
    }
}
