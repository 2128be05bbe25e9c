using System.Globalization;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// A personal name's label from its tokens: a quoted nickname inside it is left out (QuotedNicknames), and a family
/// name that releases and sanctions lists write in capitals ("HONG Seok-min", "Lars ODEGAARD") is written as the
/// rest of the name is, so that both spellings give one node; initials ("KC", "ATM") keep their capitals.
/// </summary>
internal static class NameSurface
{
    public static string Of(List<Token> tokens, int first, int last)
    {
        var mixed = false;
        for (var k = first; k < last && !mixed; k++)
            mixed = tokens[k].IsWord && !tokens[k].IsAcronym && tokens[k].Text.Any(char.IsLower);
        var text = QuotedNicknames.Without(tokens, first, last).Replace(" , ", " ", StringComparison.Ordinal);
        return mixed ? string.Join(' ', text.Split(' ').Select(w => IsCapitalsWord(w) ? TitleCase(w) : w)) : text;
    }

    private static readonly HashSet<string> Generations = new(StringComparer.Ordinal) { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };

    /// <summary>"Sultan bin Saad", "Amir ibn Khalid": a title word before "bin"/"ibn" is a given name, not an office.</summary>
    public static bool BeforePatronymic(List<Token> tokens, int next, int limit) =>
        next < limit && tokens[next].Text is "bin" or "bint" or "ibn";

    /// <summary>A folded name word that is a generation ("jr.", "iii").</summary>
    public static bool IsGeneration(string folded) => folded is "jr" or "jr." or "sr" or "sr." or "ii" or "iii" or "iv";

    /// <summary>"Henry Brekk, III," or "Henry Brekk, Jr.": a generation set off by a comma after a name still belongs to it.</summary>
    public static bool IsGenerationAfterComma(List<Token> tokens, int comma) =>
        comma + 1 < tokens.Count && tokens[comma].IsPunctuation(',') && Generations.Contains(tokens[comma + 1].Text)
        && (comma + 2 == tokens.Count || tokens[comma + 2].Kind == TokenKind.Punctuation);

    /// <summary>Letters (with hyphens or apostrophes) all in capitals, three or more, one of them a vowel: no initials.</summary>
    public static bool IsCapitalsWord(string word)
    {
        var letters = 0;
        var vowel = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                    return false;
                letters++;
                vowel |= "AEIOUY".Contains(c);
            }
            else if (c is not ('-' or '\'' or '\u2019'))
                return false;
        }
        return letters >= 3 && vowel && !IsRomanNumeral(word) && !Postnominals.Contains(word);
    }

    /// <summary>British and Commonwealth honours written after a name ("Olan Brekk OBE"): no family name.</summary>
    private static readonly HashSet<string> Postnominals = new(StringComparer.Ordinal) { "OBE", "CBE", "MBE", "KBE", "DBE", "GBE", "OAM", "AFSM" };

    /// <summary>"III", "XIV": a generation or regnal number, which keeps its capitals.</summary>
    private static bool IsRomanNumeral(string word) => word.All(c => c is 'I' or 'V' or 'X');

    /// <summary>"AL-QARNAWI" -> "Al-Qarnawi": each hyphenated part capitalised.</summary>
    public static string TitleCase(string word) =>
        string.Join('-', word.Split('-').Select(part => part.Length == 0 ? part : part[..1] + part[1..].ToLower(CultureInfo.InvariantCulture)));
}
