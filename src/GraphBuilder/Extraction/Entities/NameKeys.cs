using System.Globalization;
using System.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// Comparison keys for names: Fold (lower case, no accents, straight apostrophes), Compact (letters and
/// digits only, as the scorer compares) and Skeleton, a transliteration-tolerant key that keeps the first
/// letter and the consonants with doubles collapsed ("Haddad"/"Hadad" → "hdd", "Tariq"/"Tarek" → "trk").
/// </summary>
public static class NameKeys
{
    private static readonly char[] Spaces = [' ', '\u00A0'];
    private static readonly char[] Enclosing = [',', '.', '"', '\'', '(', ')'];

    public static string Fold(string text)
    {
        if (Ascii.IsValid(text))
            return text.ToLowerInvariant();
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c));
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    public static string Compact(string text)
    {
        var folded = Fold(text);
        if (folded.StartsWith("the ", StringComparison.Ordinal))
            folded = folded[4..];
        var kept = folded.Length <= 256 ? stackalloc char[folded.Length] : new char[folded.Length];
        var n = 0;
        foreach (var c in folded)
            if (char.IsLetterOrDigit(c))
                kept[n++] = c;
        return new string(kept[..n]);
    }

    /// <summary>Folded words, hyphenated parts kept together ("pryce-jones").</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var parts = Fold(text).Split(Spaces, StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>(parts.Length);
        foreach (var part in parts)
            if (part.Trim(Enclosing) is { Length: > 0 } word)
                words.Add(word);
        return words;
    }

    public static string Skeleton(string word)
    {
        var letters = Compact(word).Replace("q", "k").Replace("ph", "f").Replace("ck", "k").Replace("kh", "k");
        if (letters.Length == 0)
            return "";
        var sb = new StringBuilder().Append(letters[0]);
        foreach (var c in letters.Skip(1))
            if (!"aeiouyw".Contains(c) && sb[^1] != c)
                sb.Append(c);
        return sb.ToString();
    }
}
