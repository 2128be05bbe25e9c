using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>Dependency labels the parser gives titled names and meeting clauses wrongly, corrected for RelationOf.</summary>
internal sealed partial class FrameSentence
{
    /// <summary>The label the parser should have given the word, where it misread a titled name or a meeting clause; else null.</summary>
    private string? Misread(SyntaxWord word) =>
        IsNamedComplement(word) ? "obl" : IsActiveSubject(word) ? "nsubj" : IsBareObject(word) ? "obj"
        : IsCasedSubject(word) ? "nmod" : IsAppeal(word) || IsRelativePredicate(word) ? "xcomp" : IsAgentObject(word) ? "obl" : null;

    /// <summary>
    /// "called on Governor A": the parser reads "call X Y" (name someone something) and makes the person the verb's
    /// open complement; a person is never a clause's predicate there, so the name is the verb's adverbial.
    /// </summary>
    private bool IsNamedComplement(SyntaxWord word) =>
        word.Relation == "xcomp" && word.Upos == "PROPN" && Head(word) is { Upos: "VERB" } && MentionOf(word) is { Type: Graph.NodeType.Person };

    /// <summary>
    /// "A, B's ambassador, called on C" with A read as a passive subject ("A was called C"): a passive subject needs a
    /// passive auxiliary or a "by" agent; with neither, and an "on" phrase, the verb is active.
    /// </summary>
    private bool IsActiveSubject(SyntaxWord word) =>
        word.Relation == "nsubj:pass" && Head(word) is { Upos: "VERB" } verb
        && !Children(verb).Any(c => c.Relation is "aux" or "aux:pass" or "cop" or "obl:agent" || OwnCase(c) == "by")
        && Children(verb).Any(c => c.Relation.StartsWith("obl", StringComparison.Ordinal) && OwnCase(c) == "on");

    /// <summary>"met Italian Interior Minister A" with "Italian" read as a complement and A as a caseless adverbial: a person
    /// with no case word under a verb without an object is its object.</summary>
    private bool IsBareObject(SyntaxWord word) =>
        word.Relation == "obl" && word.Upos == "PROPN" && CaseOf(word) is null && MentionOf(word) is { Type: Graph.NodeType.Person }
        && Head(word) is { Upos: "VERB" } verb && !Children(verb).Any(c => c.Relation is "obj" or "aux:pass" or "nsubj:pass");

    /// <summary>"met Tuesday with B in L, their first meeting" with "with B" read as the subject of "meeting": a subject takes no
    /// case word, so a cased one is the noun's modifier.</summary>
    private bool IsCasedSubject(SyntaxWord word) =>
        word.Relation == "nsubj" && word.Upos is "PROPN" or "NOUN" && OwnCase(word) is "with" && Head(word) is { Upos: "NOUN" };

    /// <summary>"co-chaired by Vietnamese Deputy Foreign Minister A" with "by" hung on the title and the name read as the
    /// participle's object: an object takes no case word, so a name the title gives "by" is the agent.</summary>
    private bool IsAgentObject(SyntaxWord word) =>
        word.Relation == "obj" && word.Upos == "PROPN" && CaseOf(word) == "by" && Head(word) is { Upos: "VERB", Xpos: "VBN" };

    /// <summary>"called on B to release the detainees" with "to release" read as a purpose clause: after "call on" a "to" clause is
    /// what was called for, the complement of an appeal (the "call" frame's not=xcomp).</summary>
    private bool IsAppeal(SyntaxWord word) =>
        word is { Relation: "advcl", Upos: "VERB" } && Head(word) is { } head && Lemma(head) == "call"
        && Children(word).Any(c => c.Relation == "mark" && Lemma(c) == "to");

    /// <summary>"X, which Washington has branded a terrorist organisation" read with two objects: after a relative pronoun
    /// that is the verb's object, a second object noun is what the clause calls it, its open complement.</summary>
    private bool IsRelativePredicate(SyntaxWord word) =>
        word is { Relation: "obj", Upos: "NOUN" } && Head(word) is { Upos: "VERB" } verb
        && Children(verb).Any(c => c.Relation == "obj" && c.Id < word.Id && c.Upos == "PRON" && Lemma(c) is "which" or "that" or "whom");
}
