using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>A "with" or "between" partner and a stance's object the parser hung elsewhere.</summary>
internal static partial class MisparsedFillers
{
    /// <summary>
    /// "held talks in Beijing with visiting Foreign Minister B" parsed with "with" the mark of a clause "visiting B": the
    /// object of a "visiting" clause marked by "with" is the "with" partner; and "The discussion held with Minister B was
    /// focused on trade" parsed with "held" the verb and B the subject of "focused", "with" its mark: the name right
    /// after a "with" that marks a clause is the partner of the meeting noun the participle holds.
    /// </summary>
    public static IEnumerable<SyntaxWord> WithVisiting(FrameSentence sentence, FrameMatch match)
    {
        var anchors = match.Trigger is { Upos: "NOUN", Relation: "nsubj" } noun && sentence.Head(noun) is { Xpos: "VBN" } held
            ? [.. match.Anchors, held] : match.Anchors;
        foreach (var clause in anchors.SelectMany(a => sentence.Children(a, "advcl")))
        {
            if (sentence.Children(clause, "mark").FirstOrDefault(m => sentence.Lemma(m) == "with") is not { } with)
                continue;
            if (sentence.Lemma(clause) == "visit" && clause.Xpos == "VBG")
                foreach (var o in sentence.Children(clause, "obj"))
                    yield return o;
            else if (sentence.Children(clause).FirstOrDefault(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)
                    && sentence.Subtree(c).First().Id == with.Id + 1) is { } partner)
                yield return partner;
        }
    }

    /// <summary>
    /// "We condemn in the strongest terms this cowardly attack by X" parsed with the attack under "terms": with no object
    /// of its own, a verb's caseless noun below its oblique is its object.
    /// </summary>
    public static IEnumerable<SyntaxWord> ObjectUnderOblique(FrameSentence sentence, FrameMatch match) =>
        match.Anchors.Where(a => !sentence.Children(a, "obj").Any())
            .SelectMany(a => sentence.Children(a, "obl")).SelectMany(o => sentence.Children(o, "nmod"))
            .Where(n => n.Upos == "NOUN" && sentence.CaseOf(n) is null);

    /// <summary>
    /// "The meeting between the ministers took place ..." parsed with the "between" phrase a second subject of the verb:
    /// a "between" phrase hung on the verb a meeting noun is the subject of is the noun's; so is one on the verb of a
    /// subject the noun counts ("The third round of talks concluded on 8 May, between A and B").
    /// </summary>
    public static IEnumerable<SyntaxWord> BetweenOnVerb(FrameSentence sentence, FrameMatch match) =>
        match.Trigger is not { Upos: "NOUN" } noun ? []
        : SubjectOf(sentence, noun) is { } subject && sentence.Head(subject) is { } verb ? Between(sentence, verb, noun)
        : sentence.Children(noun, "acl:relcl").SelectMany(clause => Between(sentence, clause, noun));

    /// <summary>
    /// "a February meeting that was held in L between A and B": the relative clause's "between" phrase is the noun's, also
    /// where the parser hangs it on the place phrase before it.
    /// </summary>
    private static IEnumerable<SyntaxWord> Between(FrameSentence sentence, SyntaxWord verb, SyntaxWord noun)
    {
        var near = sentence.Children(verb).Where(c => c.Id > noun.Id && c.Relation != "obj").ToList();
        return near.Concat(near.Where(c => c.Relation.StartsWith("obl", StringComparison.Ordinal)).SelectMany(c => sentence.Children(c, "nmod")))
            .Where(c => sentence.CaseOf(c) == "between");
    }

    private static SyntaxWord? SubjectOf(FrameSentence sentence, SyntaxWord noun) =>
        noun.Relation.StartsWith("nsubj", StringComparison.Ordinal) ? noun
        : noun.Relation == "nmod" && sentence.CaseOf(noun) == "of" && sentence.Head(noun) is { } head
          && head.Relation.StartsWith("nsubj", StringComparison.Ordinal) ? head : null;
}
