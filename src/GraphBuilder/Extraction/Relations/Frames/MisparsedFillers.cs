using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// Fillers a slot also takes where the parser hangs them on the wrong word (FrameMatcher.Fill): the noun a
/// participle modifies, a conjunct verb's passive subject, agents and "alongside" names read as adverbials (the
/// "including" phrases: MisparsedFillers.Including.cs).
/// </summary>
internal static partial class MisparsedFillers
{
    /// <summary>
    /// "The persons added are A and B" parsed with "added" a participle of "persons", "new sanctions targeting A":
    /// the noun the participle modifies is the subject the slot names; so is a pronoun ("Among those designated
    /// today is A").
    /// </summary>
    public static IEnumerable<SyntaxWord> ModifiedNoun(FrameSentence sentence, FrameMatch match, Slot slot) =>
        (match.Trigger.Relation == "acl" ? sentence.Head(match.Trigger) : RelativeAntecedent(sentence, match.Trigger)) is { Upos: "NOUN" or "PRON" or "DET" } noun
        && slot.Lemmas!.Contains(sentence.Lemma(noun)) ? [noun] : [];

    /// <summary>
    /// "The delegation, which also included B, ...": a relative clause whose subject is the pronoun speaks of the noun
    /// it modifies; where the parser made the clause an adverbial, of the word before the comma that opens it.
    /// </summary>
    private static SyntaxWord? RelativeAntecedent(FrameSentence sentence, SyntaxWord verb)
    {
        if (verb.Relation is not ("acl:relcl" or "advcl")
            || sentence.Children(verb, "nsubj").FirstOrDefault(c => sentence.Lemma(c) is "which" or "who" or "that") is not { } pronoun)
            return null;
        if (verb.Relation == "acl:relcl")
            return sentence.Head(verb);
        return sentence.BeforeComma(pronoun);
    }

    /// <summary>
    /// "was proscribed in R in 2001 and has been listed by F since 2005": a passive conjunct verb without a subject
    /// of its own shares the passive subject of the verb it is joined to.
    /// </summary>
    public static IEnumerable<SyntaxWord> SharedPassiveSubject(FrameSentence sentence, FrameMatch match) =>
        match.Predicate.Relation == "conj" && match.Predicate.Xpos == "VBN" && sentence.Head(match.Predicate) is { } head
        && !sentence.Children(match.Predicate).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            ? sentence.Children(head).Where(c => sentence.RelationOf(c) == "nsubj:pass")
            : [];

    /// <summary>
    /// "Preparatory meetings for X began on 20 March in L, chaired by A and B": a bare participle joined to the verb,
    /// with no subject, auxiliary or conjunction of its own, says what the verb's subject underwent (read for co-chairs).
    /// </summary>
    public static IEnumerable<SyntaxWord> ParticipleOfSubject(FrameSentence sentence, FrameMatch match) =>
        match.Frame.Relation == Graph.Relations.CoChaired && match.Predicate is { Relation: "conj", Xpos: "VBN" } && sentence.Head(match.Predicate) is { } head
        && !sentence.Children(match.Predicate).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation is "aux" or "aux:pass" or "cc")
            ? sentence.Children(head, "nsubj")
            : [];

    /// <summary>"A was sanctioned alongside B and C", "sanctioned A along with B": those named with it were listed too.</summary>
    public static IEnumerable<SyntaxWord> Alongside(FrameSentence sentence, FrameMatch match)
    {
        // the phrase may hang on the verb or, one level down, on its agent ("by the Treasury alongside B")
        var near = match.Anchors.SelectMany(sentence.Children).Where(c => c.Relation.StartsWith("obl", StringComparison.Ordinal)).ToList();
        return near.Concat(near.SelectMany(c => sentence.Children(c, "nmod")))
            .Where(c => sentence.CaseOf(c) is "alongside" or "along" or "together");
    }

    /// <summary>
    /// "Also blacklisted was X" parsed with "was" the participle's object and X its subject: X is the passive
    /// subject of the participle, which the tagger may read as a past tense (FrameSentence.IsInvertedSubject undoes
    /// the parse that hangs X on the verb).
    /// </summary>
    public static IEnumerable<SyntaxWord> InvertedBe(FrameSentence sentence, FrameMatch match) =>
        match.Predicate.Xpos is "VBN" or "VBD" && !sentence.Children(match.Predicate).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            ? sentence.Children(match.Predicate).Where(c => c.Relation is "obj" or "parataxis" && c.Id > match.Predicate.Id && sentence.Lemma(c) == "be")
                .SelectMany(be => sentence.Children(be, "nsubj"))
            : [];

    /// <summary>
    /// "declared A and B, both operatives of X, as "terrorists"" parsed with the "as" phrase joined to the apposition:
    /// an "as" phrase of the slot's lemmas after the trigger and before the next verb still says what the act made them.
    /// </summary>
    public static IEnumerable<SyntaxWord> StrayAs(FrameSentence sentence, FrameMatch match, Slot slot) =>
        sentence.Words.Skip(match.Trigger.Id).TakeWhile(w => w.Upos is not ("VERB" or "AUX"))
            .Where(w => sentence.CaseOf(w) == "as" && slot.Lemmas!.Contains(sentence.Lemma(w)));

    /// <summary>
    /// "upheld the bloc's sanctions against X" with "against X" hung on the verb: a case phrase of the verb whose object
    /// the sanctions noun is belongs to the noun.
    /// </summary>
    public static IEnumerable<SyntaxWord> VerbsCasePhrase(FrameSentence sentence, FrameMatch match, Slot slot) =>
        match.Trigger is { Upos: "NOUN", Relation: "obj" } && sentence.Head(match.Trigger) is { } verb
            ? sentence.Children(verb).Where(c => c.Relation.StartsWith("obl", StringComparison.Ordinal) && c.Id > match.Trigger.Id
                && sentence.CaseOf(c) == slot.Case)
            : [];

    /// <summary>"Also designated today is X" parsed with the participle a modifier of X: X is the passive subject.</summary>
    public static IEnumerable<SyntaxWord> InvertedModifier(FrameSentence sentence, FrameMatch match) =>
        sentence.Head(match.Trigger) is { } noun && FrameMatcher.IsInvertedParticiple(sentence, match.Trigger, noun) ? [noun] : [];

    /// <summary>
    /// "announced that X and two of its leaders, A and B, have been listed as ..." parsed with the subject phrase
    /// hung on "that": a passive verb with no subject of its own takes the names between its "that" and itself,
    /// but those in a case phrase ("two of X") or owning another ("X's leader").
    /// </summary>
    public static IEnumerable<SyntaxWord> SubjectAfterMark(FrameSentence sentence, FrameMatch match)
    {
        var verb = match.Predicate;
        if (!sentence.Children(verb).Any(c => c.Relation == "aux:pass")
            || sentence.Children(verb).FirstOrDefault(c => c.Relation == "mark" && sentence.Lemma(c) == "that") is not { } mark)
            return [];
        return sentence.Words.Where(w => w.Id > mark.Id && w.Id < verb.Id && sentence.MentionOf(w) is not null
            && sentence.CaseOf(w) is null && !ListedNames.IsPossessor(sentence, w) && !ListedNames.IsGroupOfPerson(sentence, w)).ToList();
    }

    /// <summary>
    /// "designated X and two of its leaders, A and B, as terrorist entities" parsed with A and B the subjects of
    /// the "as" phrase: a subject under the verb's "as" phrase is one more object.
    /// </summary>
    public static IEnumerable<SyntaxWord> SubjectsOfAs(FrameSentence sentence, FrameMatch match) =>
        match.Anchors.SelectMany(sentence.Children)
            .Where(c => c.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(c) == "as")
            .SelectMany(a => sentence.Children(a, "nsubj"));

    /// <summary>
    /// "X was designated a Foreign Terrorist Organization by the State Department" parsed with the "by" phrase under
    /// the designation: in a passive, a "by" phrase of the verb's predicate noun (or adjective: "was declared unlawful
    /// by President A") is the verb's agent.
    /// </summary>
    public static IEnumerable<SyntaxWord> AgentUnderPredicate(FrameSentence sentence, FrameMatch match) =>
        match.Anchors.Where(a => sentence.Children(a).Any(c => c.Relation is "aux:pass" || sentence.RelationOf(c) == "nsubj:pass"))
            .SelectMany(sentence.Children).Where(c => c.Relation is "obj" or "xcomp")
            .SelectMany(sentence.Children).Where(c => (c.Relation == "nmod" || c.Relation == "obl" && sentence.Head(c)?.Upos == "ADJ") && sentence.CaseOf(c) == "by");

    /// <summary>
    /// "The Commission, which A and B co-chair, met in Lima" parsed with "which" the verb's object and A a second
    /// subject: a subject after a relative pronoun the verb took as its object belongs to the relative clause (when
    /// the verb has a subject before the pronoun).
    /// </summary>
    public static IEnumerable<SyntaxWord> BeforeRelative(FrameSentence sentence, FrameMatch match, IEnumerable<SyntaxWord> subjects)
    {
        // loops, not LINQ and a closure: this runs for every subject slot
        foreach (var a in match.Anchors)
            foreach (var c in sentence.Children(a))
                if (c.Relation == "obj" && sentence.Lemma(c) is "which" or "who" or "whom" or "that")
                    // "X, which B lists as ..." with the clause's verb joined to the one before: no subject before the pronoun, the clause's own
                    return Before(subjects, c.Id);
        return subjects;
    }

    /// <summary>The subjects before the pronoun, else all of them (a method of its own: its closure is made only here).</summary>
    private static IEnumerable<SyntaxWord> Before(IEnumerable<SyntaxWord> subjects, int id) =>
        !subjects.Any(s => s.Id < id) ? subjects : subjects.Where(s => s.Id < id);
}
