using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// The country whose delegation a verb speaks of: "The Freedonian delegation was led by A", "the
/// Ruritanian side, headed by B", "with B leading the Ruritanian delegation" - the delegation noun is the
/// passive subject, the object or the noun the participle modifies, and its country a modifier of that
/// noun ("Freedonian", "of Ruritania"), never where it goes ("a delegation to Freedonia").
/// </summary>
internal static class DelegationCountry
{
    private static readonly HashSet<string> DelegationNouns = new(StringComparer.Ordinal)
    {
        "delegation", "side", "team", "contingent", "mission",
    };

    public static IReadOnlyList<string> Of(FrameSentence sentence, SyntaxWord predicate, SyntaxWord? participle)
    {
        // "Pakistan's team, headed by B, presented ..." read with "headed" the verb: its subject is passive (RelationOf)
        var nouns = sentence.Children(predicate).Where(c => sentence.RelationOf(c) is "nsubj:pass" or "obj").ToList();
        if (participle is not null && sentence.Head(participle) is { } modified)
            nouns.Add(modified);
        return nouns.Where(n => DelegationNouns.Contains(sentence.Lemma(n)))
            .SelectMany(n => sentence.Children(n).Where(c => c.Relation is "compound" or "amod" or "nmod:poss"
                || c.Relation == "nmod" && sentence.CaseOf(c) is "of" or "from").Prepend(n))
            .Select(sentence.MentionOf).Where(m => m is { Type: NodeType.Country }).Select(m => m!.EntityKey).Distinct().ToList();
    }
}
