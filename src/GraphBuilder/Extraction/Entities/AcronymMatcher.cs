using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// Finds the long form an abbreviation in parentheses stands for, the Schwartz–Hearst way: the shortest
/// run of words just before "(" whose initials spell it, where every content word gives its first letter
/// (each part of a hyphenated word, all letters of an all-capital word) and "of", "in", "the" may or
/// may not ("United Nations Interim Force in Lebanon (UNIFIL)", "Harakat al-Nur (HAN)").
/// </summary>
internal static class AcronymMatcher
{
    /// <summary>Words that may give no letter, in English and in the languages group names come in ("Ejército Popular de Liberación (EPL)").</summary>
    private static readonly HashSet<string> Optional = new(StringComparer.OrdinalIgnoreCase)
        { "of", "in", "the", "for", "and", "on", "&", "de", "del", "la", "las", "los", "el", "du", "des", "le", "les", "pour", "para", "por",
          "da", "do", "dos", "das", "y", "e", "et", "für", "und", "der", "die" };

    /// <summary>The first token of the long form ending just before tokens[open] ("("), or null.</summary>
    public static int? LongFormStart(List<Token> tokens, int open, string acronym)
    {
        var letters = new string(acronym.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        if (letters.Length < 2)
            return null;
        for (var start = open - 1; start >= Math.Max(0, open - letters.Length - 4); start--)
        {
            if (!tokens[start].IsWord || Optional.Contains(tokens[start].Text))
                continue;
            var pieces = Enumerable.Range(start, open - start).Select(i => tokens[i]).ToList();
            if (pieces.Any(t => !t.IsWord))
                return null;
            if (Spells(pieces, 0, letters, 0))
                return start;
        }
        return null;
    }

    private static bool Spells(List<Token> words, int w, string letters, int l)
    {
        if (w == words.Count)
            return l == letters.Length;
        var word = words[w];
        if (Optional.Contains(word.Text) && Spells(words, w + 1, letters, l))
            return true;
        foreach (var initials in Initials(word))
            if (l + initials.Length <= letters.Length && string.CompareOrdinal(letters, l, initials, 0, initials.Length) == 0
                && Spells(words, w + 1, letters, l + initials.Length))
                return true;
        return false;
    }

    /// <summary>What a word may contribute: "US" its letters, "Al-Qaida" "AQ", "al-Sahil" "S" or "AS", "Force" "F".</summary>
    private static IEnumerable<string> Initials(Token word)
    {
        if (word.IsAcronym)
            yield return new string(word.Text.Where(char.IsLetter).ToArray()).ToUpperInvariant();
        var parts = word.Text.Split('-', '\'', '\u2019').Where(p => p.Length > 0).ToList();
        yield return new string(parts.Select(p => char.ToUpperInvariant(p[0])).ToArray());
        var capitals = parts.Where(p => char.IsUpper(p[0])).ToList();
        if (capitals.Count > 0 && capitals.Count < parts.Count)
            yield return new string(capitals.Select(p => p[0]).ToArray());
        yield return char.ToUpperInvariant(word.Text[0]).ToString();
    }
}
