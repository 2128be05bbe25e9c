namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// The abbreviations a long name may go by, for matching a bare "RFJC" to the "Ruritania-Freedonia Joint
/// Commission" an article named before: the initials of its words, with and without the small words, each
/// part of a hyphenated word giving its own letter ("Al-Qard al-Hassan" → "AQAH").
/// </summary>
public static class Initialisms
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "for", "and", "in", "on", "&", "de", "la", "el" };

    /// <summary>Whether text looks like an abbreviation: two to eight letters, all capitals ("IRGC", "U.S.").</summary>
    public static bool IsAbbreviation(string text)
    {
        var letters = text.Count(char.IsLetter);
        return letters is >= 2 and <= 8 && text.All(c => char.IsUpper(c) || c == '.' || char.IsDigit(c));
    }

    /// <summary>The upper-case initialisms of a name of two words or more; empty for shorter names.</summary>
    public static IReadOnlySet<string> Of(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (words.Length < 2)
            return found;
        found.Add(Letters(words.Where(w => !SmallWords.Contains(w)), parts: true));
        found.Add(Letters(words.Where(w => !SmallWords.Contains(w)), parts: false));
        found.Add(Letters(words, parts: true));
        // "Ruritania-Freedonia Joint Commission" goes by "JC" too: a country pair opening the name gives no letters.
        if (words[0].Contains('-') && words.Length > 2)
            found.Add(Letters(words.Skip(1).Where(w => !SmallWords.Contains(w)), parts: true));
        found.Remove("");
        return found;
    }

    public static string Compact(string abbreviation) => new(abbreviation.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    private static string Letters(IEnumerable<string> words, bool parts) =>
        string.Concat(words.SelectMany(w => parts ? w.Split('-', '\u2011').Where(x => x.Length > 0) : [w])
            .Select(w => char.ToUpperInvariant(w[0])));
}
