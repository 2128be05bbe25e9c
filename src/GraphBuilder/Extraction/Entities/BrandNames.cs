using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// Brand spellings: a capital inside a word after a short head of three or four letters ("PayPal", "YouTube",
/// "PlayStation") writes a company's or product's name, not a person's. Family names with an inner capital have a
/// shorter head or a known prefix (McKenzie, DeSantis, LeBron, MacArthur, FitzGerald, VanDyke); a longer head is two
/// glued words ("QuintYusuf", GluedWords).
/// </summary>
internal static class BrandNames
{
    private static readonly HashSet<string> NamePrefixes = new(StringComparer.Ordinal) { "Mac", "Fitz", "Van", "Von", "Del", "Della", "Dos", "Das" };

    public static bool Any(List<Token> tokens, int first, int last)
    {
        for (var k = first; k < last; k++)
            if (IsBrand(tokens[k].Text))
                return true;
        return false;
    }

    public static bool IsBrand(string word)
    {
        if (word.Length < 4 || !char.IsUpper(word[0]))
            return false;
        for (var i = 3; i < word.Length && i < GluedWords.MinHeadLetters; i++)
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]) && word[1..i].All(char.IsLower))
                return !NamePrefixes.Contains(word[..i]);
        return false;
    }
}
