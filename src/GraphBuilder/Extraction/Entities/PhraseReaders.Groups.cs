using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

internal sealed partial class PhraseReaders
{
    /// <summary>What may follow the group noun of an apposition: "a militant group based in", "an armed faction that".</summary>
    private static readonly HashSet<string> GroupNounFollowers = new(StringComparer.Ordinal)
        { "based", "linked", "that", "which", "of", "in", "from", "with", "active", "known", "blamed", "accused",
          "operating", "founded", "responsible", "affiliated", "allied", "backed", "loyal", "fighting", "behind" };

    /// <summary>
    /// "The Crimson Hand, a militant group based in ...": a name whose apposition is a group noun names a group,
    /// whatever its words look like. The noun must end the apposition's noun phrase: "A, a group leader" is a person.
    /// </summary>
    public static bool GroupNounAfter(List<Token> tokens, int end)
    {
        // "the Shining Dawn movement": the group noun right after the name
        if (end < tokens.Count && GroupNouns.Contains(tokens[end].Text) && !Possessive(tokens, end + 1))
            return true;
        if (end + 2 >= tokens.Count || tokens[end].Text != "," || tokens[end + 1].Text is not ("a" or "an" or "the"))
            return false;
        for (var k = end + 2; k < tokens.Count && k <= end + 5; k++)
        {
            if (!tokens[k].IsWord)
                return false;
            if (GroupNouns.Contains(tokens[k].Text))
                return !Possessive(tokens, k + 1)
                    && (k + 1 == tokens.Count || !tokens[k + 1].IsWord || GroupNounFollowers.Contains(tokens[k + 1].Text));
        }
        return false;
    }

    /// <summary>"the group's leader": the noun is a possessor, and the name before it belongs to a person.</summary>
    private static bool Possessive(List<Token> tokens, int at) =>
        at < tokens.Count && tokens[at].Text.Length > 0 && tokens[at].Text[0] is '\'' or '\u2019';
}
