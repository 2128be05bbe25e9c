using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The one who signed or issued the instrument an act was made under ("banned under an order signed by B").</summary>
internal sealed partial class Roles
{
    /// <summary>
    /// "X has been declared an unlawful association under an order signed by Home Minister B", "banned by a decree
    /// issued by B", "under the ministry's order": the instrument the act is made under or by names no actor of its own
    /// as the act's agent, so its signer ("by" agent of its participle) or its owner ("'s", "of") made it.
    /// </summary>
    private List<SyntaxWord> Signers()
    {
        var signers = new List<SyntaxWord>();
        foreach (var anchor in match.Anchors.Append(match.Trigger).DistinctBy(a => a.Id))
            foreach (var instrument in InstrumentPlaces(anchor).SelectMany(sentence.Children))
                if (instrument.Relation.StartsWith("obl", StringComparison.Ordinal) || instrument.Relation == "nmod")
                    if (sentence.CaseOf(instrument) is "under" or "by" && Instruments.IsInstrument(sentence.Lemma(instrument)))
                        signers.AddRange(SignersOf(instrument));
        // "I have today laid an order which will proscribe X": who laid (signed, issued) the order the act's clause is on
        if (match.Predicate.Relation == "acl:relcl" && sentence.Head(match.Predicate) is { } order && Instruments.IsInstrument(sentence.Lemma(order))
            && order.Relation == "obj" && sentence.Head(order) is { } laid && Instruments.IsMaking(sentence.Lemma(laid)))
            signers.AddRange(sentence.Children(laid, "nsubj"));
        return signers;
    }

    /// <summary>The act's word, and its predicate noun, which the parser may give the "under" phrase ("declared X an association under an order").</summary>
    private IEnumerable<SyntaxWord> InstrumentPlaces(SyntaxWord anchor) => sentence.Children(anchor, "xcomp").Prepend(anchor);

    private IEnumerable<SyntaxWord> SignersOf(SyntaxWord instrument) =>
        sentence.Children(instrument).SelectMany(c =>
            c.Relation.StartsWith("acl", StringComparison.Ordinal) ? sentence.Children(c).Where(a => a.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(a) == "by")
            : c.Relation == "nmod:poss" || c.Relation == "nmod" && sentence.CaseOf(c) == "of" ? [c]
            : []);

    /// <summary>
    /// "X, which was designated a terrorist group by the United States": the "by" agent the parser hung on the act's
    /// predicate noun (its xcomp, or its "as" phrase) instead of on the participle.
    /// </summary>
    private IEnumerable<SyntaxWord> PredicateAgents() =>
        match.Anchors.Append(match.Trigger).DistinctBy(a => a.Id)
            .SelectMany(a => sentence.Children(a).Where(c => c.Relation == "xcomp" || c.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(c) == "as"))
            .SelectMany(p => sentence.Children(p).Where(d => d.Relation is "nmod" or "obl" && sentence.CaseOf(d) == "by"));
}
