using System.Text.RegularExpressions;
using GraphBuilder.Text;
using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// Turns a matched subject (a person token, "he"/"she", or "the minister") into an entity key. Pronouns go
/// to the first person named earlier in the sentence outside quotes, else to the previous sentence's
/// subject; title anaphors to the last person holding that title, else to the previous subject.
/// </summary>
internal static partial class SubjectResolver
{
    public static string? Resolve(MaskedSentence sentence, Group subject, Discourse discourse)
    {
        if (!subject.Success)
            return null;
        var persons = sentence.MentionsIn(subject, NodeType.Person);
        if (persons.Count > 0)
            return persons[0].EntityKey;
        var word = subject.Value.Trim();
        if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase))
            return PronounLeads(sentence, subject.Index) ? discourse.LastSubject
                : sentence.FirstPersonBefore(subject.Index)?.EntityKey ?? discourse.LastSubject;
        var head = word[(word.LastIndexOf(' ') + 1)..];
        return discourse.LastHolderOf(head) ?? discourse.LastSubject;
    }

    /// <summary>
    /// "He later held talks with X and visited Y, where he met Z": a pronoun opening the sentence before any
    /// name is its subject, and a later "he" continues it rather than pointing to the object X.
    /// </summary>
    private static bool PronounLeads(MaskedSentence sentence, int index)
    {
        var first = LeadingPronoun.Match(sentence.Text);
        return first.Success && first.Index < index && sentence.FirstPersonBefore(first.Index) is null;
    }

    private static readonly Regex LeadingPronoun = Patterns.Create(@"\b(?:[Hh]e|[Ss]he)\b");

    /// <summary>The keys of the persons in a group, or the resolved anaphor when the group holds no person token.</summary>
    public static IReadOnlyList<string> ResolveAll(MaskedSentence sentence, Group group, Discourse discourse)
    {
        var persons = sentence.MentionsIn(group, NodeType.Person);
        if (persons.Count > 0)
            return persons.Select(p => p.EntityKey).ToList();
        var one = Resolve(sentence, group, discourse);
        return one is null ? [] : [one];
    }
}
