using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// Whom a title noun describes when it is neither apposed to a name nor standing before one: the title a verb
/// gives someone ("was elected chairperson of X", "appointed A as head of X", "became the 11th member of X"), and
/// a title phrase that opens the sentence before its subject ("A member of X, B chaired ...", "A founding member of
/// X, he later served ...").
/// </summary>
internal static class TitleOf
{
    /// <summary>Verbs that give their object or subject the title as a predicate.</summary>
    private static readonly HashSet<string> Giving = new(StringComparer.Ordinal)
    {
        "elect", "re-elect", "reelect", "appoint", "name", "nominate", "choose", "install", "confirm", "make", "become", "serve", "remain", "swear",
    };

    /// <summary>
    /// "appointed A as head of X" (the verb's object), "A was elected chairperson of X" (its passive subject, the
    /// parser may read the title as the object), "X became the 11th member of Y" (its subject).
    /// </summary>
    public static SyntaxWord? Predicated(FrameSentence sentence, SyntaxWord title)
    {
        var asPhrase = title.Relation is "obl" or "nmod" && sentence.CaseOf(title) == "as";
        if (!(asPhrase || title.Relation is "xcomp" or "obj") || sentence.Head(title) is not { Upos: "VERB" } verb
            || !Giving.Contains(sentence.Lemma(verb)) && !TakesOver(sentence, verb))
            return null;
        var objects = title.Relation == "obj" ? [] : sentence.Children(verb, "obj");
        // "Angolan President A was elected ..." with the demonym heading the subject: the person it names
        return objects.Concat(sentence.Children(verb, "nsubj:pass")).Concat(sentence.Children(verb, "nsubj"))
            .Select(w => sentence.MentionOf(w) is { Type: NodeType.Person } ? w : sentence.PersonNamedBy(w) ?? w)
            .FirstOrDefault(w => sentence.MentionOf(w) is { Type: NodeType.Person or NodeType.Country or NodeType.Organisation } || w.Upos == "PRON");
    }

    /// <summary>"A took over as head of X": the particle makes "take" a verb of entering an office.</summary>
    private static bool TakesOver(FrameSentence sentence, SyntaxWord verb) =>
        sentence.Lemma(verb) == "take" && sentence.Children(verb, "compound:prt").Any(p => sentence.Lemma(p) == "over");

    /// <summary>
    /// "A, the founder of X, was killed" parsed with two subjects: a title set off by a comma after a named subject
    /// of the same verb is that subject's apposition.
    /// </summary>
    public static SyntaxWord? SecondSubject(FrameSentence sentence, SyntaxWord title)
    {
        if (!title.Relation.StartsWith("nsubj", StringComparison.Ordinal) || sentence.Head(title) is not { } verb
            || !sentence.Words.Take(title.Id - 1).Reverse().SkipWhile(w => w.Head == title.Id && w.Form != ",").Take(1).Any(w => w.Form == ","))
            return null;
        return sentence.Children(verb).LastOrDefault(c => c.Id < title.Id && c.Relation == title.Relation && sentence.MentionOf(c) is { Type: NodeType.Person });
    }

    /// <summary>
    /// "A member of the ruling X, B previously chaired ...": a title phrase opening the sentence and closed by a
    /// comma describes the name or pronoun right after that comma, the clause's subject.
    /// </summary>
    public static SyntaxWord? Fronted(FrameSentence sentence, SyntaxWord title)
    {
        if (sentence.Words.Take(title.Id - 1).Any(w => w.Head != title.Id))
            return null;
        var comma = sentence.Words.Skip(title.Id).TakeWhile(w => w.Upos is not ("AUX" or "SCONJ") && (w.Upos != "VERB" || w.Relation == "amod"))
            .FirstOrDefault(w => w.Form == ",");
        if (comma is null || comma.Id >= sentence.Words.Count)
            return null;
        var next = sentence.Words[comma.Id];
        return sentence.MentionOf(next) is { Type: NodeType.Person } || next.Upos == "PRON" && sentence.Lemma(next) is "he" or "she" ? next : null;
    }
}
