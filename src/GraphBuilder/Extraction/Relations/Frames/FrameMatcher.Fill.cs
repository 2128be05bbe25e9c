using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The words a slot of a matched frame selects: the anchors' dependents, and those the parser hung elsewhere.</summary>
internal static partial class FrameMatcher
{
    /// <summary>The dependents of the match's anchors that a slot selects, in sentence order.</summary>
    public static IReadOnlyList<SyntaxWord> Fill(FrameSentence sentence, FrameMatch match, Slot slot)
    {
        if (slot.Special is not null)
            return [];
        // "A; B; C) were designated": a subject the parser gave a passive designation verb is a misread passive
        // subject, one of those designated; a passive names who acted only with "by"
        if (slot.Relation == "nsubj" && slot.Lemmas is null && match.Frame.Relation == Graph.Relations.Designated && IsPassive(sentence, match))
            return [];
        var filled = Direct(sentence, match, slot);
        if (slot.Relation == "nsubj")
            filled = [.. MisparsedFillers.BeforeRelative(sentence, match, filled)];
        if (slot.Relation == "nsubj" && slot.Lemmas is null && ConjunctObjectSubject(sentence, match) is { } own)
            filled = [own];
        if (slot.Relation == "nsubj" && slot.Lemmas is null && filled.Count == 0)
            filled = [.. AsClauseSubject(sentence, match)];
        if (slot.Relation == "nsubj" && slot.Lemmas is null && filled.Count > 0)
            filled.AddRange(VisitingSubject(sentence, match));
        if (slot.Relation == "obj" && slot.Lemmas is null && filled.Count > 0)
            filled.AddRange(StrayConjuncts(sentence, match));
        if (slot.Relation == "obj" && slot.Lemmas is null && filled.Count == 0 && match.Frame.Relation == Graph.Relations.MetWith)
            filled = [.. SubordinateObject(sentence, match), .. ParticipleObject(sentence, match)];
        if (slot.Relation == "obj" && slot.Lemmas is null && filled.TrueForAll(MisparsedFillers.IsTimeWord) && match.Frame.Relation == Graph.Relations.MetWith)
            filled = [.. MisparsedFillers.ShiftedObject(sentence, match)];
        if (slot.Relation == "obj" && slot.Lemmas is null && filled.Count > 0 && filled.TrueForAll(MisparsedFillers.IsTimeWord) && match.Frame.Relation == Graph.Relations.Designated)
            filled = [.. MisparsedFillers.ShiftedObject(sentence, match)];
        if (slot.Relation == "obj" && slot.Lemmas is null && filled.Count == 0 && match.Frame.Relation == Graph.Relations.Designated)
            filled = [.. MisparsedFillers.ComplementSubject(sentence, match), .. MisparsedFillers.CaselessObject(sentence, match)];
        if (slot.Relation is "obj" or "nsubj:pass" && slot.Lemmas is null && match.Frame.Relation == Graph.Relations.Designated)
            filled = [.. filled.SelectMany(w => MisparsedFillers.HyphenedHead(sentence, w)), .. MisparsedFillers.Parenthesised(sentence, match)];
        if (slot.Relation == "nsubj:pass" && slot.Lemmas is null && match.Frame.Relation == Graph.Relations.Designated)
            filled.AddRange(MisparsedFillers.LeadingEntries(sentence, filled));
        if (slot.Relation == "obj" && filled.Count == 0 && match.Frame.Relation is Graph.Relations.Condemned or Graph.Relations.Praised)
            filled = [.. MisparsedFillers.ObjectUnderOblique(sentence, match).Where(w => slot.Lemmas is null || slot.Lemmas.Contains(sentence.Lemma(w)))];
        if (slot.Case is not null && filled.Count == 0)
            filled = Attached(sentence, match, slot);
        if (slot.Case == "by" && filled.Count == 0)
            filled = [.. MisparsedFillers.MarkedAgent(sentence, match)];
        if (slot.Case == "with" && filled.Count == 0)
            filled = [.. MisparsedFillers.WithVisiting(sentence, match)];
        if (slot.Case == "between" && filled.Count == 0)
            filled = [.. MisparsedFillers.BetweenOnVerb(sentence, match)];
        if (slot.Case == "as" && slot.Lemmas is not null && filled.Count == 0 && match.Frame.Relation == Graph.Relations.Designated)
            filled = [.. MisparsedFillers.StrayAs(sentence, match, slot)];
        if (slot.Case is "against" && filled.Count == 0 && !match.Frame.Supported && match.Frame.Relation == Graph.Relations.Designated)
            filled = [.. MisparsedFillers.VerbsCasePhrase(sentence, match, slot)];
        if (slot.Lemmas is not null && slot.Relation.StartsWith("nsubj", StringComparison.Ordinal) && filled.Count == 0)
            filled = [.. SharedSubject(sentence, match, slot), .. MisparsedFillers.ModifiedNoun(sentence, match, slot)];
        if (slot.Relation == "nsubj:pass" && slot.Lemmas is null && filled.Count == 0)
            filled = [.. MisparsedFillers.SharedPassiveSubject(sentence, match), .. MisparsedFillers.InvertedBe(sentence, match),
                .. MisparsedFillers.SubjectAfterMark(sentence, match), .. MisparsedFillers.InvertedModifier(sentence, match),
                .. MisparsedFillers.ParticipleOfSubject(sentence, match)];
        if (slot.Case == "by" && filled.Count == 0 && match.Frame.Relation == Graph.Relations.Designated)
            filled = [.. MisparsedFillers.AgentUnderPredicate(sentence, match)];
        if (slot.Case == "by" && filled.Count > 0)
            filled.AddRange([.. MisparsedFillers.StrayAgents(sentence, match, filled[0]), .. MisparsedFillers.StrandedAgents(sentence, match, filled[0]),
                .. MisparsedFillers.GappedAgents(sentence, match, filled[0])]);
        if (match.Frame.Relation == Graph.Relations.Designated && slot.Case == "to" && slot.Lemmas is null && filled.Count > 0)
            filled.AddRange([.. MisparsedFillers.StrayCaseConjuncts(sentence, filled)]);
        if (match.Frame.Relation == Graph.Relations.Designated && slot.Relation is "obj" or "nsubj:pass" && slot.Lemmas is null && filled.Count > 0)
            filled.AddRange(MisparsedFillers.Alongside(sentence, match));
        if (match.Frame.Relation == Graph.Relations.Designated && slot.Relation == "obj" && slot.Lemmas is null && filled.Count > 0)
            filled.AddRange(MisparsedFillers.SubjectsOfAs(sentence, match));
        if ((match.Frame.Supported && slot.Case == "of"
                || match.Frame.Relation == Graph.Relations.Designated && (slot.Case is "on" or "against" || slot.Relation == "obj" && slot.Lemmas is null))
            && filled.Count > 0)
            filled.AddRange(MisparsedFillers.Including(sentence, match, filled));
        if (match.Frame.Relation == Graph.Relations.Designated && (slot.Case is "on" or "against" || slot.Relation == "obj") && slot.Lemmas is null)
            filled.AddRange(MisparsedFillers.TitledList(sentence, filled));
        if (match.Frame.Relation == Graph.Relations.Designated && slot.Relation == "nsubj" && slot.Lemmas is null && filled.Count == 0)
            filled = [.. MisparsedFillers.SubjectUnderCopula(sentence, match)];
        if (match.Frame.Relation == Graph.Relations.Designated && slot.Relation == "xcomp" && filled.Count == 0)
            filled = [.. MisparsedFillers.PostnominalPredicate(sentence, match, slot)];
        if (match.Frame.Relation == Graph.Relations.Designated && (slot.Case == "of" || slot.Relation == "obj") && slot.Lemmas is null)
            filled.AddRange(MisparsedFillers.NameAfterDescription(sentence, filled).ToList());
        if (slot.Case is not null && filled.Count > 0)
            filled.AddRange(CaseConjuncts(sentence, match, slot));
        if (slot.Case is not null)
            AddGappedAndCaseHeaded(filled, sentence, match, slot);
        return InSentenceOrder(filled);
    }

    private static bool IsPassive(FrameSentence sentence, FrameMatch match) =>
        match.Trigger.Upos == "VERB" && sentence.Children(match.Trigger, "aux:pass").Any();

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

    /// <summary>
    /// A gapped clause's agent acts for its own side, which the led frame's @delegation (the country of the
    /// verb's own delegation) does not know: "led by A while the Chilean side by B" must not make B lead A's country.
    /// </summary>
    private static void AddGappedAndCaseHeaded(List<SyntaxWord> filled, FrameSentence sentence, FrameMatch match, Slot slot)
    {
        var remnants = match.Frame.Relation == Graph.Relations.Led ? [] : Gapped(sentence, match.Predicate);
        foreach (var remnant in remnants)
            foreach (var c in sentence.Children(remnant))
                if (c.Relation is "orphan" or "obl" or "nmod" && sentence.CaseOf(c) == slot.Case)
                    filled.Add(c);
        AddCaseHeaded(filled, sentence, match, slot);
    }

    /// <summary>"imposed measures on X and on two individuals, A and B" with the second phrase joined to the verb: a nominal conjunct with the slot's case word.</summary>
    private static IEnumerable<SyntaxWord> CaseConjuncts(FrameSentence sentence, FrameMatch match, Slot slot) =>
        match.Anchors.SelectMany(a => sentence.Children(a, "conj"))
            .Where(c => c.Upos is "NOUN" or "PROPN" && sentence.CaseOf(c) == slot.Case && (slot.Lemmas is null || slot.Lemmas.Contains(sentence.Lemma(c))));

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

    /// <summary>Whether any of the slots is filled (need=/not=); a loop, as the not= slots of every match are asked, mostly none.</summary>
    public static bool AnyFilled(FrameSentence sentence, FrameMatch match, IReadOnlyList<Slot> slots)
    {
        for (var i = 0; i < slots.Count; i++)
            if (Fill(sentence, match, slots[i]).Count > 0)
                return true;
        return false;
    }
}
