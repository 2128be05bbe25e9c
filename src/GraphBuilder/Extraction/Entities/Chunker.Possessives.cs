using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// The possessives that stand inside a name: a word for the members a body speaks for ("People's Liberation Army",
/// "Union of X Women's Committees") and a title before its office ("the Prosecutor General's Office").
/// </summary>
internal sealed partial class Chunker
{
    /// <summary>Words for the members a body speaks for, whose possessive stands inside its name ("Women's Committees").</summary>
    private static readonly HashSet<string> MemberWords = new(StringComparer.Ordinal)
        { "People", "Women", "Workers", "Defender", "Defenders", "Mothers", "Martyrs", "Farmers", "Peasants", "Children", "Youth", "Citizens", "Patriots" };

    /// <summary>The bodies named after their head's title ("the Prime Minister's Office").</summary>
    private static readonly HashSet<string> OfficeWords = new(StringComparer.Ordinal) { "Office", "Department", "Secretariat", "Chambers", "Bureau" };

    private bool TitlesOffice(List<Token> tokens, int j) => IsOfficeAfter(tokens, j) && EndsHere(lexicons.Titles, tokens, j);

    /// <summary>Whether tokens[j] is a possessive before an office's word ("'s Office").</summary>
    public static bool IsOfficeAfter(List<Token> tokens, int j) =>
        j + 1 < tokens.Count && tokens[j].Kind == TokenKind.Possessive && OfficeWords.Contains(tokens[j + 1].Text);
}
