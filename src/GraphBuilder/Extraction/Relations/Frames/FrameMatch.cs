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
internal static class FrameMatcher
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
            if (!frame.Supported && (!frame.VerbOnly || word.Upos is "VERB" or "ADJ")
                && !(word.Relation == "amod" && frame.Relation == Graph.Relations.Designated))
                found.Add(new FrameMatch(frame, word, anchors ??= Anchors(sentence, word, head)));
        AddMisreadSupport(found, sentence, book, word, lemma);
        if (head is null || !SupportedRelations.Contains(word.Relation))
            return;
        // "imposed a travel ban and an asset freeze on A": the noun's conjuncts share its dependents.
        foreach (var frame in book.For(sentence.Lemma(head), lemma))
            found.Add(new FrameMatch(frame, word, [head, word, .. sentence.Children(word, "conj")]));
    }

    /// <summary>
    /// A meeting noun's participle counts with it: "a meeting held between A and B"; a verb read as a
    /// modifier ("A and B co-chaired the meeting" parsed as "the co-chaired meeting") counts with its noun.
    /// </summary>
    private static IReadOnlyList<SyntaxWord> Anchors(FrameSentence sentence, SyntaxWord word, SyntaxWord? head) =>
        word.Upos == "NOUN" ? [word, .. sentence.Children(word, "acl")]
        : word.Relation == "amod" && word.Upos == "VERB" && head is not null ? [word, head] : [word];

    /// <summary>
    /// "The United States on Thursday imposed sanctions on A" tagged with "imposed" an adjective of a
    /// "sanctions" that has the subject: the support verb misread as the noun's modifier.
    /// </summary>
    private static void AddMisreadSupport(List<FrameMatch> found, FrameSentence sentence, FrameBook book, SyntaxWord word, string lemma)
    {
        foreach (var verb in sentence.Children(word))
        {
            if (verb.Relation != "amod" || verb.Id >= word.Id || !verb.Form.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                || !sentence.Children(word).Any(c => c.Relation == "nsubj") || sentence.Children(word, "cop").Any())
                continue;
            foreach (var frame in book.For(SupportLemma(sentence, verb), lemma))
                found.Add(new FrameMatch(frame, word, [word, .. sentence.Children(word, "conj")]));
        }
    }

    private static string SupportLemma(FrameSentence sentence, SyntaxWord verb) =>
        RegularVerbs.TriggerOf(verb.Form.ToLowerInvariant(), FrameBook.Instance) ?? sentence.Lemma(verb);

    /// <summary>The dependents of the match's anchors that a slot selects, in sentence order.</summary>
    public static IReadOnlyList<SyntaxWord> Fill(FrameSentence sentence, FrameMatch match, Slot slot)
    {
        if (slot.Special is not null)
            return [];
        var filled = Direct(sentence, match, slot);
        if (slot.Relation == "obj" && slot.Lemmas is null && filled.Count > 0)
            filled.AddRange(StrayConjuncts(sentence, match));
        if (slot.Case is not null && filled.Count == 0)
            filled = Attached(sentence, match, slot);
        if (slot.Lemmas is not null && slot.Relation.StartsWith("nsubj", StringComparison.Ordinal) && filled.Count == 0)
            filled = [.. SharedSubject(sentence, match, slot), .. MisparsedFillers.ModifiedNoun(sentence, match, slot)];
        if (slot.Relation == "nsubj:pass" && slot.Lemmas is null && filled.Count == 0)
            filled = [.. MisparsedFillers.SharedPassiveSubject(sentence, match)];
        if (slot.Case == "by" && filled.Count > 0)
            filled.AddRange(MisparsedFillers.StrayAgents(sentence, match, filled[0]));
        if (match.Frame.Relation == Graph.Relations.Designated && slot.Relation is "obj" or "nsubj:pass" && slot.Lemmas is null && filled.Count > 0)
            filled.AddRange(MisparsedFillers.Alongside(sentence, match));
        if (match.Frame.Supported && slot.Case == "of" && filled.Count > 0)
            filled.AddRange(MisparsedFillers.Including(sentence, match));
        if (slot.Case is not null)
            AddGappedAndCaseHeaded(filled, sentence, match, slot);
        return InSentenceOrder(filled);
    }

    /// <summary>The anchors' own dependents the slot's label, case word and lemmas select.</summary>
    private static List<SyntaxWord> Direct(FrameSentence sentence, FrameMatch match, Slot slot)
    {
        var filled = new List<SyntaxWord>();
        foreach (var anchor in match.Anchors)
            foreach (var c in sentence.Children(anchor))
                if (c.Id != match.Trigger.Id && slot.Fits(sentence.RelationOf(c))
                    && (slot.Case is null || sentence.CaseOf(c) == slot.Case)
                    && (slot.Lemmas is null || slot.Lemmas.Contains(sentence.Lemma(c))))
                    filled.Add(c);
        return filled;
    }

    private static void AddGappedAndCaseHeaded(List<SyntaxWord> filled, FrameSentence sentence, FrameMatch match, Slot slot)
    {
        foreach (var remnant in Gapped(sentence, match.Predicate))
            foreach (var c in sentence.Children(remnant))
                if (c.Relation is "orphan" or "obl" or "nmod" && sentence.CaseOf(c) == slot.Case)
                    filled.Add(c);
        AddCaseHeaded(filled, sentence, match, slot);
    }

    /// <summary>Each word once, by position (the words of one sentence: equal words are the same word).</summary>
    private static List<SyntaxWord> InSentenceOrder(List<SyntaxWord> filled)
    {
        var words = new List<SyntaxWord>(filled.Count);
        foreach (var w in filled)
            if (!words.Contains(w))
                words.Add(w);
        words.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        return words;
    }

    /// <summary>
    /// A case phrase the parser hung on an earlier adverbial of the verb ("met on Monday in Lima with B",
    /// "with B" under "Monday") or on the last conjunct of its object: the nominal phrases below the verb's obl
    /// dependents and their conjuncts, never across a clause.
    /// </summary>
    private static List<SyntaxWord> Attached(FrameSentence sentence, FrameMatch match, Slot slot)
    {
        // "added two individuals to the list" with "list" under the object: a slot that names its lemma looks there
        // too, and so does "with" ("discussed trade with B": the parser hangs the partner on the topic).
        var stack = new Stack<SyntaxWord>(match.Anchors.SelectMany(sentence.Children)
            .Where(c => c.Relation.StartsWith("obl", StringComparison.Ordinal)
                || (slot.Lemmas is not null || slot.Case == "with") && c.Relation == "obj")
            .Concat(slot.Lemmas is null ? [] : StrayConjuncts(sentence, match)));
        var found = new List<SyntaxWord>();
        while (stack.Count > 0 && found.Count == 0)
        {
            var w = stack.Pop();
            foreach (var c in sentence.Children(w).Where(c => c.Relation == "nmod"))
                if (sentence.CaseOf(c) == slot.Case && (slot.Lemmas is null || slot.Lemmas.Contains(sentence.Lemma(c))))
                    found.Add(c);
                else
                    stack.Push(c);
            // "listed A and B for sanctions" with the phrase hung on the last conjunct, B
            foreach (var c in sentence.Children(w, "conj"))
                stack.Push(c);
        }
        return found;
    }

    /// <summary>
    /// "listed A and its leader B for sanctions" parsed with "leader" joined to the verb: a nominal conjunct of a
    /// verb that has an object, with no subject or copula of its own, is a conjunct of that object; so is an
    /// "including" phrase hung on the verb ("sanctioned six people, including A and B"), and a name after the
    /// object with no case word, which only a list or an apposition puts there ("listed A, B and C" with B an
    /// adverbial; "blacklisted two commanders, A and B").
    /// </summary>
    private static IEnumerable<SyntaxWord> StrayConjuncts(FrameSentence sentence, FrameMatch match) =>
        match.Anchors.Where(a => a.Upos == "VERB" && sentence.Children(a, "obj").Any())
            .SelectMany(a => sentence.Children(a).Where(c => c.Id > sentence.Children(a, "obj").First().Id))
            .Where(c => c.Upos is "NOUN" or "PROPN" && (c.Relation == "conj"
                && !sentence.Children(c).Any(d => d.Relation.StartsWith("nsubj", StringComparison.Ordinal) || d.Relation == "cop")
                || c.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(c) == "include"
                || c.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(c) is null && sentence.MentionOf(c) is not null));

    /// <summary>
    /// "The delegation was led by A and included B": a conjunct verb without a subject of its own shares the
    /// subject of the verb it is joined to; read only for slots that name their subject's lemmas.
    /// </summary>
    private static IEnumerable<SyntaxWord> SharedSubject(FrameSentence sentence, FrameMatch match, Slot slot) =>
        match.Predicate.Relation == "conj" && sentence.Head(match.Predicate) is { } head
        && !sentence.Children(match.Predicate).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            ? sentence.Children(head).Where(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) && slot.Lemmas!.Contains(sentence.Lemma(c)))
            : [];

    /// <summary>
    /// A nominal the parser hung below its own preposition ("by" as obl with "Albert" as its fixed
    /// dependent): the preposition's dependents stand for the nominal.
    /// </summary>
    private static void AddCaseHeaded(List<SyntaxWord> filled, FrameSentence sentence, FrameMatch match, Slot slot)
    {
        foreach (var anchor in match.Anchors)
            foreach (var c in sentence.Children(anchor))
                if (c.Upos == "ADP" && c.Relation is not "case" && sentence.Lemma(c) == slot.Case)
                    foreach (var d in sentence.Children(c))
                        if (d.Upos is "PROPN" or "NOUN" or "PRON")
                            filled.Add(d);
    }

    /// <summary>
    /// The remnants of a gapped clause that repeats the verb: "A was led by B while the other side [was led]
    /// by C" - a nominal conjunct or adverbial of the verb whose own dependents are orphans.
    /// </summary>
    private static IEnumerable<SyntaxWord> Gapped(FrameSentence sentence, SyntaxWord verb) =>
        sentence.Children(verb).Where(c => c.Relation is "conj" or "advcl" or "parataxis" && c.Upos is "NOUN" or "PROPN"
            && sentence.Children(c).Any(o => o.Relation == "orphan"));

    /// <summary>Whether any of the slots is filled (need=/not=).</summary>
    public static bool AnyFilled(FrameSentence sentence, FrameMatch match, IReadOnlyList<Slot> slots) =>
        slots.Any(s => Fill(sentence, match, s).Count > 0);
}
