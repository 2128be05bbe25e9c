using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// Fillers the parser hung one level too low or elsewhere: case phrases under an adverbial, the object or their own
/// preposition, the object's stray conjuncts, a conjunct verb's shared subject and a gapped clause's remnants.
/// </summary>
internal static partial class FrameMatcher
{
    /// <summary>
    /// How far below the verb's adverbial a stray case phrase is looked for: "at the close of the 9th Plenary in
    /// Riyadh" names where the plenary was, three phrases down, not who acted "in" it.
    /// </summary>
    private const int MaxDepth = 2;

    /// <summary>
    /// A case phrase the parser hung on an earlier adverbial of the verb ("met on Monday in Lima with B",
    /// "with B" under "Monday") or on the last conjunct of its object: the nominal phrases below the verb's obl
    /// dependents and their conjuncts, never across a clause.
    /// </summary>
    private static List<SyntaxWord> Attached(FrameSentence sentence, FrameMatch match, Slot slot)
    {
        var stack = AttachedStart(sentence, match, slot);
        var found = new List<SyntaxWord>();
        while (stack.Count > 0 && found.Count == 0)
        {
            var (w, depth) = stack.Pop();
            // "approved the addition of the entries specified below to its list" with the list under the participle
            var participle = slot.Lemmas is not null && w.Relation == "acl";
            foreach (var c in sentence.Children(w))
                if (!(c.Relation == "nmod" || participle && c.Relation.StartsWith("obl", StringComparison.Ordinal)))
                    continue;
                else if (sentence.CaseOf(c) == slot.Case && (slot.Lemmas is null || slot.Lemmas.Contains(sentence.Lemma(c))))
                    found.Add(c);
                else if (depth < MaxDepth)
                    stack.Push((c, depth + 1));
            // "listed A and B for sanctions" with the phrase hung on the last conjunct, B
            foreach (var c in sentence.Children(w))
                if (c.Relation == "conj")
                    stack.Push((c, depth));
            // "added A, a commander of X, to its sanctions list" with the list under the apposition
            if (slot.Lemmas is not null)
                foreach (var c in sentence.Children(w))
                    if (c.Relation == "acl" || c.Relation == "appos" && depth < MaxDepth)
                        stack.Push((c, depth + 1));
        }
        // "led on the Indian side by A and on the Japanese side by B": the phrase under each conjunct of its host
        for (int i = 0, n = found.Count; i < n; i++)
            if (sentence.Head(found[i]) is { } host)
                foreach (var conjunct in sentence.Children(host, "conj"))
                    foreach (var c in sentence.Children(conjunct))
                        if (c.Relation == "nmod" && sentence.CaseOf(c) == slot.Case)
                            found.Add(c);
        return found;
    }

    /// <summary>
    /// Where Attached starts, pushed in the anchors' order (plain loops: this runs for every slot with a case word).
    /// "added two individuals to the list" with "list" under the object: a slot that names its lemma looks there
    /// too, and so does "with" ("discussed trade with B": the parser hangs the partner on the topic; "co-chaired X along with B").
    /// </summary>
    private static Stack<(SyntaxWord Word, int Depth)> AttachedStart(FrameSentence sentence, FrameMatch match, Slot slot)
    {
        var objects = slot.Lemmas is not null || slot.Case is "with" or "along" or "together" || AtSession(match, slot);
        var stack = new Stack<(SyntaxWord Word, int Depth)>();
        foreach (var a in match.Anchors)
            foreach (var c in sentence.Children(a))
                if (c.Relation.StartsWith("obl", StringComparison.Ordinal) || objects && c.Relation == "obj")
                    stack.Push((c, 1));
        if (slot.Lemmas is not null)
            foreach (var c in StrayConjuncts(sentence, match))
                stack.Push((c, 1));
        return stack;
    }

    /// <summary>"represented Brazil at the X" with the session hung on the object: where one attended; "attended the ceremony in L": where one was.</summary>
    private static bool AtSession(FrameMatch match, Slot slot) =>
        slot.Case == "at" && match.Frame.Relation == Graph.Relations.Attended || slot.Case == "in" && match.Frame.Relation == Graph.Relations.Visited;

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
    /// by C" - a nominal conjunct or adverbial of the verb whose own dependents are orphans, or a side or
    /// delegation a conjunction or "while" joins to the verb ("while Chilean side by C" with "by C" under "side").
    /// </summary>
    private static IEnumerable<SyntaxWord> Gapped(FrameSentence sentence, SyntaxWord verb) =>
        sentence.Children(verb).Where(c => c.Relation is "conj" or "advcl" or "parataxis" && c.Upos is "NOUN" or "PROPN"
            && (sentence.Children(c).Any(o => o.Relation == "orphan")
                || sentence.Lemma(c) is "side" or "delegation" or "team" && sentence.Children(c).Any(o => o.Relation is "mark" or "cc")));
}
