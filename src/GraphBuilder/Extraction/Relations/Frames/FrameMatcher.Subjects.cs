using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>Subjects the parser hung elsewhere.</summary>
internal static partial class FrameMatcher
{
    /// <summary>
    /// "... in its fight against terrorism as A and B on Thursday discussed ties": "as" read as a preposition, its clause's
    /// subject an "as" phrase of the words before and the verb a conjunct with no subject and no conjunction. The last
    /// "as" phrase before such a verb is its subject.
    /// </summary>
    private static IEnumerable<SyntaxWord> AsClauseSubject(FrameSentence sentence, FrameMatch match)
    {
        var verb = match.Predicate;
        if (verb is not { Upos: "VERB", Relation: "conj" } || sentence.Children(verb).Any(c => c.Relation is "cc" or "mark" || c.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
            return [];
        var subject = sentence.Words.Take(verb.Id - 1).LastOrDefault(w => w.Relation is "nmod" or "obl" && w.Upos is "PROPN" or "NOUN"
            && sentence.Children(w, "case").Any(c => c.Form.Equals("as", StringComparison.OrdinalIgnoreCase)));
        return subject is null || sentence.Subtree(subject).Any(w => w.Upos is "VERB" or "AUX") ? [] : [subject];
    }

    /// <summary>
    /// "Comments by A after she met B drew criticism" read with "met" the root and B the subject of "drew": a verb with a
    /// subordinating "after"/"when"/"before" and no object, whose complement clause's subject comes right after it, has
    /// lost that subject as its object.
    /// </summary>
    private static IEnumerable<SyntaxWord> SubordinateObject(FrameSentence sentence, FrameMatch match)
    {
        var verb = match.Predicate;
        if (verb.Upos != "VERB" || !sentence.Children(verb, "mark").Any(m => sentence.Lemma(m) is "after" or "when" or "before" or "since"))
            return [];
        return sentence.Children(verb, "ccomp").SelectMany(c => sentence.Children(c, "nsubj"))
            .Where(s => s.Id == verb.Id + 1 && s.Upos == "PROPN").Take(1);
    }

    /// <summary>
    /// "met outgoing Ambassador of Nepal to Pakistan B" read with "outgoing" a verb, the verb's complement, and the
    /// title (or the name) its object: a participle right after a verb with no object, whose own object is a title
    /// or a person opening right after it, modifies that object, which is the verb's.
    /// </summary>
    private static IEnumerable<SyntaxWord> ParticipleObject(FrameSentence sentence, FrameMatch match)
    {
        var verb = match.Predicate;
        return verb.Upos != "VERB" ? []
            : sentence.Children(verb, "xcomp").Where(x => x.Id == verb.Id + 1 && x.Xpos == "VBG")
                .SelectMany(x => sentence.Children(x, "obj")).Where(o => sentence.Subtree(o).First().Id == verb.Id + 2
                    && (DescriptionResolver.IsPersonHead(sentence, o) || sentence.MentionOf(o) is { Type: Graph.NodeType.Person })).Take(1);
    }

    /// <summary>
    /// "A, Minister of X, chaired the R side and B, Minister of Y, chaired the S side" read with B a conjunct of the first
    /// verb's object and the second verb sharing A: a conjunct verb with no subject or conjunction of its own, right
    /// after a person conjoined to the first verb's object (and a title phrase, wherever the parser hung it), has the
    /// person for its subject.
    /// </summary>
    private static SyntaxWord? ConjunctObjectSubject(FrameSentence sentence, FrameMatch match)
    {
        var verb = match.Predicate;
        if (verb is not { Upos: "VERB", Relation: "conj" } || sentence.Head(verb) is not { Upos: "VERB" } first
            || sentence.Children(verb).Any(c => c.Relation is "cc" or "mark" || c.Relation.StartsWith("nsubj", StringComparison.Ordinal)))
            return null;
        var person = sentence.Children(first, "obj").SelectMany(o => sentence.Children(o, "conj")).LastOrDefault(c => c.Id < verb.Id);
        if (person is null)
            return null;
        var between = sentence.Words.Skip(sentence.Subtree(person).Max(w => w.Id)).Take(verb.Id - 1 - sentence.Subtree(person).Max(w => w.Id));
        return between.Any(w => w.Upos is "VERB" or "AUX" || sentence.MentionOf(w) is { Type: Graph.NodeType.Person }) ? null : Named(sentence, person);
    }

    /// <summary>The word of a conjunct that bears its person's name: itself, or a flat word ("H E B", the honorific read as the head).</summary>
    private static SyntaxWord? Named(FrameSentence sentence, SyntaxWord conjunct) =>
        sentence.Subtree(conjunct).FirstOrDefault(w => (w.Id == conjunct.Id || w.Relation == "flat") && sentence.MentionOf(w) is { Type: Graph.NodeType.Person });

    /// <summary>
    /// "Foreign Secretary A and visiting Indian Foreign Secretary B led the delegations" parsed with "and visiting B" a
    /// clausal subject: the visitor is a second subject (the conjunct reading is FillerResolver.VisitingConjunct).
    /// </summary>
    private static IEnumerable<SyntaxWord> VisitingSubject(FrameSentence sentence, FrameMatch match) =>
        match.Anchors.SelectMany(a => sentence.Children(a, "csubj"))
            .Where(c => c.Xpos == "VBG" && sentence.Lemma(c) == "visit" && sentence.Children(c, "cc").Any())
            .SelectMany(c => sentence.Children(c, "obj"));
}
