using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Entities;

/// <summary>Coreference of a person's short forms the name itself does not contain as words: blends and initials, and a lone word two names share.</summary>
internal sealed partial class Coreference
{
    /// <summary>
    /// "President Sartolu" after "President Sarto Lumadi", "ABCD" after a four-word name: a one-word name that is a person's
    /// first name run on into the start of their last one under a title they hold, or the capitals of all their words,
    /// is that person when exactly one person of the article fits (these forms are common in the press of many
    /// countries, and no rule of word containment finds them; the title keeps "Johnson" from "John Sonders").
    /// </summary>
    private EntityDraft? Blended(RawMention raw)
    {
        var words = NameKeys.Words(raw.Name);
        if (words.Count != 1)
            return null;
        var titled = raw.Role is null ? null : EntityDraft.RoleWordsOf(raw.Role);
        var fitting = Live().Where(d => d.Type == NodeType.Person && d.Words.Count >= 2
            && (IsBlend(d.Words, words[0]) && titled is { Count: > 0 } && titled.IsSubsetOf(d.RoleWords) || IsInitials(d.Words, raw.Name)))
            .Take(2).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    private static bool IsBlend(IReadOnlyList<string> full, string word) =>
        full[0].Length >= 3 && word.Length >= full[0].Length + 2 && word.StartsWith(full[0], StringComparison.Ordinal)
        && full[^1].StartsWith(word[full[0].Length..], StringComparison.Ordinal);

    private static bool IsInitials(IReadOnlyList<string> full, string name) =>
        full.Count >= 3 && name.Length == full.Count && name.All(char.IsUpper)
        && full.Select((w, i) => char.ToLowerInvariant(name[i]) == w[0]).All(same => same);

    /// <summary>
    /// "Mr Sung" where the article named "Sung Wei Lam" and "Tan Sung Hock": a lone word that is the first or the last
    /// word of one name (a family name, written first or last) and only a middle word of the others is that one person.
    /// </summary>
    private static EntityDraft? AtNameEdge(List<EntityDraft> candidates, IReadOnlyList<string> words)
    {
        if (words.Count != 1 || candidates.Count < 2)
            return null;
        var fitting = candidates.Where(d => d.Words[0] == words[0] || d.Words[^1] == words[0]).Take(2).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }
}
