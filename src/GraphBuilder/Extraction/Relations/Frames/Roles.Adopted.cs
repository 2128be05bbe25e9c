using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The "subject" slot for an act a body adopted as another's proposal ("The House backed a proposal to outlaw X").</summary>
internal sealed partial class Roles
{
    private static readonly HashSet<string> ProposalNouns = new(StringComparer.Ordinal) { "proposal", "motion", "resolution", "bill" };

    /// <summary>
    /// "The House of Representatives backed (approved) a government proposal to outlaw X": the body whose vote adopts the
    /// proposal makes the act, not the government that proposed it; only a body (a legislature, council or cabinet) as the
    /// verb's subject, since a country "backing" another's proposal at a council only supports it.
    /// </summary>
    private SyntaxWord? Adopter(SyntaxWord word, SyntaxWord head)
    {
        if (word.Relation != "acl" || head.Upos != "NOUN" || head.Relation != "obj" || !ProposalNouns.Contains(sentence.Lemma(head))
            || !sentence.Children(word, "mark").Any(m => sentence.Lemma(m) == "to")
            || sentence.Head(head) is not { Upos: "VERB" } verb || !ParseModality.Adopting.Contains(sentence.Lemma(verb)))
            return null;
        return sentence.Children(verb, "nsubj").FirstOrDefault(s => sentence.MentionOf(s) is { Type: NodeType.Organisation });
    }
}
