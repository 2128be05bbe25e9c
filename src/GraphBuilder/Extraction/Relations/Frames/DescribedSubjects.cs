using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// A listing whose subject the act describes ("Propagandists who have been designated include A", "Allies now
/// sanctioned include B"): within a few words before the listing verb stands an act word of the frame's need
/// (@listed=designate,sanction,...), a participle or relative clause describing a nameless noun. Read by position as
/// well as by label: the parser often hangs such a subject on the wrong head. A sanctions noun with an owner ("subject
/// to UK sanctions include") is left out: on the real articles it listed what gold does not.
/// </summary>
internal static class DescribedSubjects
{
    /// <summary>How many words before the listing verb the act word stands at most ("who have been designated include").</summary>
    private const int Reach = 5;

    public static bool Holds(FrameSentence sentence, FrameMatch match, Slot listed) =>
        ActWords(sentence, match, listed).Any() && !NamesBefore(sentence, match, listed);

    /// <summary>The country or body that acted, as the "by" agent of the act word ("sanctioned by the Treasury").</summary>
    public static IEnumerable<SyntaxWord> Owners(FrameSentence sentence, FrameMatch match, Slot listed) =>
        ActWords(sentence, match, listed).SelectMany(w => sentence.Children(w))
            .Where(c => c.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(c) == "by"
                && sentence.MentionOf(c) is { Type: NodeType.Country or NodeType.Organisation });

    /// <summary>
    /// "A, who is sanctioned by the US, is the leader of B": a person or group named before the verb is what the
    /// clause speaks of, not a list the act describes (the act's owner and countries aside).
    /// </summary>
    private static bool NamesBefore(FrameSentence sentence, FrameMatch match, Slot listed)
    {
        var owners = Owners(sentence, match, listed).Select(sentence.MentionOf).ToHashSet();
        return sentence.Words.Any(w => w.End <= match.Trigger.Start && sentence.MentionOf(w) is { Type: NodeType.Person or NodeType.Organisation } m
            && !owners.Contains(m));
    }

    private static IEnumerable<SyntaxWord> ActWords(FrameSentence sentence, FrameMatch match, Slot listed) =>
        sentence.Words.Where(w => w.End <= match.Trigger.Start && w.Id >= match.Trigger.Id - Reach && sentence.MentionOf(w) is null
            && w.Upos is "VERB" or "ADJ" && w.Relation is "amod" or "acl" or "acl:relcl" && listed.Lemmas?.Contains(sentence.Lemma(w)) == true
            && sentence.Head(w) is { } noun && noun.Id < match.Trigger.Id && sentence.MentionOf(noun) is null);
}
