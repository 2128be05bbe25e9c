using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// A frame opened by a trigger word of a sentence. Anchors are the words whose dependents fill its slots:
/// the trigger, and the support verb of "hold talks" (first, since it owns the subject) or the predicate a
/// copula joins ("are A and B").
/// </summary>
internal sealed record FrameMatch(Frame Frame, SyntaxWord Trigger, IReadOnlyList<SyntaxWord> Anchors)
{
    /// <summary>The word whose modality and negation count: the support verb or the trigger.</summary>
    public SyntaxWord Predicate => Anchors[0];
}

/// <summary>Finds the frames a parsed sentence opens, with the dependents each slot selects.</summary>
internal static partial class FrameMatcher
{
    /// <summary>Dependents that take a support verb's noun ("held talks", "talks were held").</summary>
    private static readonly HashSet<string> SupportedRelations = new(StringComparer.Ordinal) { "obj", "nsubj:pass", "nsubj" };

    public static IEnumerable<FrameMatch> Matches(FrameSentence sentence, FrameBook book)
    {
        var found = new List<FrameMatch>();
        foreach (var word in sentence.Words)
            Add(found, sentence, book, word);
        return found;
    }

    /// <summary>The frames one word opens, in a fixed order; most words open none and allocate nothing.</summary>
    private static void Add(List<FrameMatch> found, FrameSentence sentence, FrameBook book, SyntaxWord word)
    {
        var lemma = sentence.Lemma(word);
        var head = sentence.Head(word);
        if (word.Relation == "cop" && head is not null)
        {
            foreach (var frame in book.For(lemma))
                found.Add(new FrameMatch(frame, word, [head]));
            // "X has been on the list since 2001": the copula and its predicate noun as one key, "be+list".
            foreach (var frame in book.For(lemma, sentence.Lemma(head)))
                found.Add(new FrameMatch(frame, word, [head]));
            return;
        }
        IReadOnlyList<SyntaxWord>? anchors = null;
        // "the proscribed group", "designated terrorists": a participle as adjective names no act of designation.
        foreach (var frame in book.For(lemma))
            if (!frame.Supported && (!frame.VerbOnly || word.Upos is "VERB" or "ADJ" || IsMisreadVerb(sentence, word))
                && (!frame.NounOnly || word.Upos is "NOUN" or "PROPN")
                && !(word.Relation == "amod" && frame.Relation == Graph.Relations.Designated && !IsInvertedParticiple(sentence, word, head) && lemma[0] != '-'))
                found.Add(new FrameMatch(frame, word, anchors ??= Anchors(sentence, word, head)));
        AddMisreadSupport(found, sentence, book, word, lemma);
        if (head is not null && QuantifiedSupport(sentence, word, head) is { } verb)
            foreach (var frame in book.For(sentence.Lemma(verb), lemma).Where(f => f.Relation == Graph.Relations.Designated))
                found.Add(new FrameMatch(frame, word, [verb, head, word, .. sentence.Children(word, "conj")]));
        if (head is null || !SupportedRelations.Contains(word.Relation))
            return;
        // "imposed a travel ban and an asset freeze on A": the noun's conjuncts share its dependents.
        foreach (var frame in book.For(sentence.Lemma(head), lemma))
            found.Add(new FrameMatch(frame, word, [head, word, .. sentence.Children(word, "conj")]));
    }

    /// <summary>
    /// "announced a new slew (raft, round) of sanctions": the verb supports the noun its quantity counts. Designations
    /// only: "held a series of meetings with his counterparts" is read by the meeting noun's own frames.
    /// </summary>
    private static SyntaxWord? QuantifiedSupport(FrameSentence sentence, SyntaxWord word, SyntaxWord quantity) =>
        word.Relation == "nmod" && SupportedRelations.Contains(quantity.Relation) && Quantities.Contains(sentence.Lemma(quantity))
        && sentence.CaseOf(word) == "of" && sentence.Head(quantity) is { Upos: "VERB" } verb ? verb : null;

    private static readonly HashSet<string> Quantities = new(StringComparer.OrdinalIgnoreCase)
        { "slew", "raft", "series", "round", "package", "set", "batch", "wave", "tranche", "host", "number" };

    /// <summary>"Canada and Australia also list the group" with "list" tagged a noun: a noun with a subject and an object is a verb.</summary>
    private static bool IsMisreadVerb(FrameSentence sentence, SyntaxWord word) =>
        word.Upos == "NOUN" && sentence.Children(word).Any(c => c.Relation == "obj")
        && sentence.Children(word).Any(c => c.Relation == "nsubj") && !sentence.Children(word).Any(c => c.Relation == "cop");

    /// <summary>
    /// "Also designated today is X" parsed with the participle a modifier of X: a participle before the copula of
    /// the noun it modifies, with an adverb or adverbial of its own, is the inverted passive.
    /// </summary>
    public static bool IsInvertedParticiple(FrameSentence sentence, SyntaxWord word, SyntaxWord? head) =>
        word.Relation == "amod" && word.Xpos == "VBN" && head is not null && word.Id < head.Id
        && sentence.Children(head).Any(c => c.Relation == "cop" && c.Id > word.Id)
        && sentence.Children(word).Any(c => c.Relation is "advmod" or "obl" or "obl:unmarked" or "obl:tmod");

    /// <summary>
    /// A meeting noun's participle counts with it: "a meeting held between A and B" (its infinitive does not: "held a
    /// meeting with B to discuss trade" says what the meeting was for); a verb read as a modifier ("A and B co-chaired
    /// the meeting" parsed as "the co-chaired meeting") counts with its noun.
    /// </summary>
    private static IReadOnlyList<SyntaxWord> Anchors(FrameSentence sentence, SyntaxWord word, SyntaxWord? head) =>
        word.Upos == "NOUN" ? [word, .. sentence.Children(word, "acl").Where(a => !sentence.Children(a, "mark").Any(m => m.Form == "to"))]
        : word.Relation == "amod" && word.Upos == "VERB" && head is not null ? [word, head] : [word];

    /// <summary>
    /// "The United States on Thursday imposed sanctions on A" tagged with "imposed" an adjective of a
    /// "sanctions" that has the subject: the support verb misread as the noun's modifier; so "The EU's Council imposed
    /// restrictive measures on A" read as one noun phrase, "imposed" a compound after the body that imposed them.
    /// </summary>
    private static void AddMisreadSupport(List<FrameMatch> found, FrameSentence sentence, FrameBook book, SyntaxWord word, string lemma)
    {
        foreach (var verb in sentence.Children(word))
        {
            if (verb.Relation is not ("amod" or "compound") || verb.Id >= word.Id || !verb.Form.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                || !sentence.Children(word).Any(c => c.Relation == "nsubj") && !BodyBefore(sentence, word, verb) || sentence.Children(word, "cop").Any())
                continue;
            foreach (var frame in book.For(SupportLemma(sentence, verb), lemma))
                found.Add(new FrameMatch(frame, word, [word, .. sentence.Children(word, "conj")]));
        }
    }

    /// <summary>Whether the noun's phrase names a body or country before the misread verb ("The EU's Council imposed").</summary>
    private static bool BodyBefore(FrameSentence sentence, SyntaxWord noun, SyntaxWord verb) =>
        verb.Relation == "compound" && sentence.Subtree(noun).Any(w => w.Id < verb.Id && sentence.MentionOf(w) is { Type: Graph.NodeType.Organisation or Graph.NodeType.Country });

    private static string SupportLemma(FrameSentence sentence, SyntaxWord verb) =>
        RegularVerbs.TriggerOf(verb.Form.ToLowerInvariant(), FrameBook.Instance) ?? sentence.Lemma(verb);
}
