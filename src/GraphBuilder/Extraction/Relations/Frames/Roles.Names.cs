using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The slots of Roles that read names from the sentence itself: the person a title names, actors, listings.</summary>
internal sealed partial class Roles
{
    /// <summary>
    /// The person a title noun describes: the name it is apposed to ("A, a member of X") or the name it
    /// stands before ("X's leader A", "member A"); that name alone, not its conjuncts ("A, leader of X, and B"),
    /// unless the title is plural ("A and B, the co-chairs of X"); the name an "as" title is hung on ("with A as
    /// chair").
    /// </summary>
    private IReadOnlyList<SyntaxWord> Named(SyntaxWord title)
    {
        if (title.Relation is "appos" or "nmod:desc" or "compound" or "flat" && sentence.Head(title) is { } head
            && sentence.MentionOf(head) is { Type: NodeType.Person })
            return WithList(title, head);
        // "Angolan President A, the current chairperson of X" headed by the demonym; "the X Brigades, the armed wing of Y"
        if (title.Relation == "appos" && sentence.Head(title) is { } owner
            && (sentence.PersonNamedBy(owner) ?? (sentence.MentionOf(owner) is { Type: NodeType.Organisation } ? owner : null)) is { } described)
            return [described];
        if (title.Relation is "nmod" or "obl" && sentence.CaseOf(title) == "as" && sentence.Head(title) is { } named
            && sentence.MentionOf(named) is { Type: NodeType.Person })
            return title.Xpos is "NNS" or "NNPS" ? Coordinated(named) : [named];
        if (sentence.PersonNamedBy(title) is { } child)
            return WithList(title, child);
        // "A, the founder and longtime leader of X": a title conjoined to one names whom the first one names
        if (title.Relation == "conj" && sentence.Head(title) is { Upos: "NOUN" } first)
            return Named(first);
        var holder = TitleOf.Predicated(sentence, title) ?? TitleOf.SecondSubject(sentence, title) ?? TitleOf.Fronted(sentence, title);
        return holder is null ? [] : [holder];
    }

    private IReadOnlyList<SyntaxWord> WithList(SyntaxWord title, SyntaxWord named) =>
        title.Xpos is "NNS" or "NNPS" ? [named, .. sentence.Children(named, "conj").Where(c => sentence.MentionOf(c) is { Type: NodeType.Person })] : [named];

    /// <summary>
    /// "with A and his counterpart, B, as co-chairs" ("as co-chairs" hung on B): the people of the list B ends,
    /// reached up through its conjuncts and appositions.
    /// </summary>
    private IReadOnlyList<SyntaxWord> Coordinated(SyntaxWord named)
    {
        var top = named;
        while (top.Relation is "conj" or "appos" && sentence.Head(top) is { } up)
            top = up;
        return sentence.Subtree(top).Where(w => w.Relation is not "flat" && !ListedNames.IsPossessor(sentence, w)
            && sentence.MentionOf(w) is { Type: NodeType.Person }).ToList();
    }

    /// <summary>
    /// Whose act the object names: "welcomed the Council's decision", "the decision by the Council", "the decision
    /// of the Council", and a "by" phrase the parser hung on the verb ("welcomed the listing of A by the Council").
    /// An unnamed agent acts for its named possessor ("by the Council's committee"). The "of" phrase of a
    /// designation noun is whom it listed, not who listed.
    /// </summary>
    private IReadOnlyList<SyntaxWord> Actors()
    {
        var objects = match.Anchors.SelectMany(a => sentence.Children(a, "obj")).ToList();
        if (objects.Count == 0 && match.Frame.Relation == Graph.Relations.Condemned)
            objects = [.. MisparsedFillers.ObjectUnderOblique(sentence, match)];
        var agents = objects.SelectMany(o => sentence.Children(o).Where(c => c.Relation == "nmod:poss"
                || c.Relation == "nmod" && (sentence.CaseOf(c) == "by" || sentence.CaseOf(c) == "of" && !ActNouns.Contains(sentence.Lemma(o)))))
            .Concat(match.Anchors.SelectMany(sentence.Children).Where(c => c.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(c) == "by"));
        return agents.Select(c => Agent(c) ?? c).Where(c => sentence.MentionOf(c) is not null).ToList();
    }

    /// <summary>An agent phrase's named word: itself when named, else its possessor ("by the Council's committee").</summary>
    private SyntaxWord? Agent(SyntaxWord phrase) =>
        sentence.MentionOf(phrase) is null ? sentence.Children(phrase, "nmod:poss").FirstOrDefault() : phrase;

    private static readonly HashSet<string> ActNouns = new(StringComparer.Ordinal)
    {
        "listing", "designation", "proscription", "blacklisting", "ban", "banning", "sanctioning", "addition", "inclusion",
    };

    /// <summary>
    /// The entities a listing names ("The people include A, B's aide C, and D"), people only when the
    /// subject counts people ("individuals", "persons").
    /// </summary>
    private IReadOnlyList<string> Listed(IEnumerable<SyntaxWord> words, IReadOnlySet<NodeType> types)
    {
        var people = match.Anchors.SelectMany(sentence.Children).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)
            && sentence.Lemma(c) is "individual" or "individuals" or "people" or "person" or "persons");
        return words.Where(w => !ListedNames.IsPossessor(sentence, w) && !ListedNames.IsGroupOfPerson(sentence, w)).Select(sentence.MentionOf).OfType<Mention>()
            .Where(m => types.Contains(m.Type) && (!people || m.Type == NodeType.Person))
            .Select(m => m.EntityKey).Distinct().ToList();
    }

    /// <summary>
    /// "to designate Yemen-based financier A and the Aden-registered B as terrorist financiers" with the hyphened
    /// places read as the object and the names hung on participles: the names between the trigger and its "as",
    /// within the clause (no finite verb between), are what the act made so.
    /// </summary>
    private IReadOnlyList<string> BeforeAs(IReadOnlySet<NodeType> types)
    {
        var between = sentence.Words.Skip(match.Trigger.Id)
            .TakeWhile(w => w.Upos != "AUX" && w.Xpos is not ("VBD" or "VBZ" or "VBP") && w.Form is not (";" or ":" or "."))
            .TakeWhile(w => !(w.Upos == "ADP" && sentence.Lemma(w) == "as")).ToList();
        var next = match.Trigger.Id + between.Count;
        return next < sentence.Words.Count && sentence.Lemma(sentence.Words[next]) == "as"
            ? Listed(between, types).Where(k => !IsStateBody(k)).ToList() : [];
    }

    /// <summary>
    /// "designated four members of X on Tuesday: A, B and C": a counted object that names nobody is the
    /// listing after the colon that follows the trigger; people only when the object counts people.
    /// </summary>
    private IReadOnlyList<string> Colon(IReadOnlySet<NodeType> types)
    {
        var counted = ListedNames.CountedObject(sentence, match);
        var colon = sentence.Words.FirstOrDefault(w => w.Start >= match.Trigger.End && w.Form == ":");
        if (counted is null || colon is null)
            return [];
        var named = sentence.Words.Where(w => w.Start > colon.Start && !ListedNames.IsPossessor(sentence, w)).Select(sentence.MentionOf).OfType<Mention>();
        var people = ListedNames.PersonNouns.Contains(sentence.Lemma(counted));
        return named.Where(m => types.Contains(m.Type) && (!people || m.Type == NodeType.Person)).Select(m => m.EntityKey).Distinct().ToList();
    }

    /// <summary>
    /// "A, accompanied by Ambassador C, met B": whoever accompanies the subject meets whom the subject met (not the
    /// subject, whom they came with).
    /// </summary>
    private IEnumerable<SyntaxWord> Companions() =>
        match.Anchors.SelectMany(a => sentence.Children(a, "nsubj")).SelectMany(s => sentence.Children(s, "acl"))
            .Where(a => sentence.Lemma(a) == "accompany")
            .SelectMany(a => sentence.Children(a).Where(c => c.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(c) == "by"))
            .Concat(AlongWith()).Concat(SubjectAlongWith()).Concat(JoinedAt());

    /// <summary>
    /// "A was joined by C at the meeting with B", "C joined A at her meeting with B": the other one of a companion verb
    /// the meeting noun hangs on (its agent, or its object when the verb is active) meets B too.
    /// </summary>
    private IEnumerable<SyntaxWord> JoinedAt() =>
        match.Predicate.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.Head(match.Predicate) is { } verb
        && CompanionVerbs.Contains(sentence.Lemma(verb))
            ? sentence.Children(verb).Where(c => sentence.Children(verb, "nsubj:pass").Any()
                ? c.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(c) == "by"
                : c.Relation == "obj")
            : [];

    /// <summary>"A, along with (together with) C, met B": the "with" phrase of the verb's "along"/"together".</summary>
    private IEnumerable<SyntaxWord> AlongWith() =>
        match.Anchors.SelectMany(a => sentence.Children(a, "advmod")).Where(a => sentence.Lemma(a) is "along" or "together")
            .SelectMany(a => sentence.Children(a).Where(c => c.Relation is "obl" or "nmod" && sentence.CaseOf(c) == "with"));
}
