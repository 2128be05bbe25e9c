using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>What a denial says did not happen: "denied that A met B", "dismissed reports that A held talks with B".</summary>
internal static partial class ParseModality
{
    private static readonly HashSet<string> Denying = new(StringComparer.Ordinal) { "deny", "dismiss", "refute", "rebut", "debunk", "reject" };

    /// <summary>Nouns whose content clause is only said to have happened: the reports a denial answers.</summary>
    private static readonly HashSet<string> Hearsay = new(StringComparer.Ordinal)
    {
        "report", "claim", "rumour", "rumor", "allegation", "suggestion", "speculation", "story",
    };

    /// <summary>
    /// The predicate is the content of a denial: the "that" clause of a denying verb, or the content clause (or "of"
    /// phrase: "denied reports of a meeting with B") of a report, claim or rumour that a denying verb governs. The
    /// chain of ParseModality stops at a clause of its own, so a denial above it is read here.
    /// </summary>
    private static bool IsDenied(FrameSentence sentence, SyntaxWord predicate)
    {
        if (sentence.Head(predicate) is not { } head)
            return false;
        if (predicate.Relation == "ccomp")
            return head.Upos == "VERB" && Denying.Contains(sentence.Lemma(head));
        var content = predicate.Relation.StartsWith("acl", StringComparison.Ordinal)
            || predicate is { Upos: "NOUN", Relation: "nmod" } && sentence.CaseOf(predicate) == "of";
        return content && head.Upos == "NOUN" && Hearsay.Contains(sentence.Lemma(head))
            && sentence.Head(head) is { Upos: "VERB" } verb && Denying.Contains(sentence.Lemma(verb));
    }

    /// <summary>
    /// "the militias reject Washington's designation of X": a designation noun with its owner, the object of "reject",
    /// is an act already made that someone protests, not one turned down ("rejected a proposal to designate X" is).
    /// </summary>
    private static bool IsRejectedAct(FrameSentence sentence, FrameMatch match, SyntaxWord word) =>
        match.Frame.Relation == Graph.Relations.Designated && sentence.Lemma(word) == "reject"
        && match.Trigger is { Upos: "NOUN", Relation: "obj" } && match.Trigger.Head == word.Id
        && sentence.Children(match.Trigger, "nmod:poss").Any();

    /// <summary>
    /// "I have today laid an order which will proscribe X": the order is made; its "will" is what the order does once in
    /// force, not a plan (a relative clause on an order noun that a verb of making governs: laid, signed, issued).
    /// </summary>
    private static bool IsMadeOrder(FrameSentence sentence, SyntaxWord word) =>
        word.Relation == "acl:relcl" && sentence.Head(word) is { } noun && Instruments.IsInstrument(sentence.Lemma(noun))
        && sentence.Head(noun) is { Upos: "VERB" } verb && Instruments.IsMaking(sentence.Lemma(verb))
        && !sentence.Children(verb).Any(c => c.Relation == "aux" && FutureAux.Contains(sentence.Lemma(c)));

    /// <summary>Verbs by which a body makes a proposed text its own: "approved (adopted, passed, backed) a proposal".</summary>
    public static readonly IReadOnlySet<string> Adopting = new HashSet<string>(StringComparer.Ordinal) { "approve", "adopt", "pass", "back", "endorse", "ratify" };

    /// <summary>Words of a legislature, whose vote makes what it adopts: a cabinet that "passed a resolution to designate X" only proposes.</summary>
    private static readonly HashSet<string> Legislatures = new(StringComparer.OrdinalIgnoreCase)
    {
        "house", "parliament", "assembly", "senate", "congress", "legislature", "lawmakers", "legislators", "mps", "duma", "rada", "knesset", "majlis",
    };

    /// <summary>
    /// "The House backed a government proposal to outlaw X", "a motion to proscribe X was passed by the assembly": a
    /// proposal (motion, resolution, bill) a legislature adopted makes the designation it proposes; its own auxiliaries
    /// still count ("will back a proposal" is read on the verb above it).
    /// </summary>
    private static bool IsAdopted(FrameSentence sentence, FrameMatch match, SyntaxWord word) =>
        match.Frame.Relation == Graph.Relations.Designated && word.Upos == "NOUN" && word.Relation is "obj" or "nsubj:pass"
        && sentence.Lemma(word) is "proposal" or "motion" or "resolution" or "bill" or "request" or "application"
        && sentence.Head(word) is { Upos: "VERB" } verb && Adopting.Contains(sentence.Lemma(verb))
        && sentence.Children(verb).Any(c => (c.Relation == "nsubj" || c.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(c) == "by")
            && sentence.Subtree(c).Any(w => Legislatures.Contains(w.Form)));
}
