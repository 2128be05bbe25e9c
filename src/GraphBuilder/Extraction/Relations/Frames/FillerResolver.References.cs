using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// What a pronoun, a relative pronoun or a definite noun ("he", "the two", "the company", "the group") refers to where
/// the parse does not say.
/// </summary>
internal sealed partial class FillerResolver
{
    private static readonly HashSet<string> CompanyNouns = new(StringComparer.Ordinal) { "company", "firm", "charity", "foundation", "bank" };

    /// <summary>"the charity" -> the last body of no state whose name has the word, else the one named before it in the sentence, else the last group.</summary>
    private IReadOnlyList<string> CompanyKeys(SyntaxWord word, string lemma) =>
        (discourse.LastBodyNamed(lemma) is { Type: NodeType.Organisation } body && !Bodies.IsGovernmental(body.Text) ? body.EntityKey
            : CompanyBefore(word) ?? discourse.LastGroup) is { } company ? [company] : [];

    /// <summary>
    /// "X, a militant group based in R, has been led by A" parsed with "group" the subject and X an oblique: a group
    /// noun whose phrase follows "X," is X's apposition.
    /// </summary>
    private string? GroupBeforeComma(SyntaxWord word)
    {
        var first = sentence.Subtree(word).First();
        return sentence.BeforeComma(first) is { } before && sentence.MentionOf(before) is { Type: NodeType.Organisation } group ? group.EntityKey : null;
    }

    /// <summary>"the group", not "a terrorist group": only a definite noun refers back.</summary>
    private bool IsDefinite(SyntaxWord word) => sentence.Children(word).Any(c => sentence.Lemma(c) == "the");

    /// <summary>"Shares in X fell after the company was sanctioned": the last organisation of no state named before it in the sentence.</summary>
    private string? CompanyBefore(SyntaxWord word) =>
        sentence.Source.Mentions.Where(m => m.End <= word.Start && m.Type == NodeType.Organisation && !Bodies.IsGovernmental(m.Text))
            .Select(m => m.EntityKey).LastOrDefault();

    /// <summary>"Both the ministers co-chaired": the parser hangs "both" on the verb, before its subject.</summary>
    private bool BothBefore(SyntaxWord word) =>
        sentence.Head(word) is { } verb && sentence.Children(verb).Any(c => c.Relation == "cc:preconj" && c.Id < word.Id && sentence.Lemma(c) == "both");

    private IEnumerable<string> PersonKeys(SyntaxWord word, string lemma, IReadOnlyCollection<string> others)
    {
        // "She later held talks with B and visited the base, where she met C": the pronoun that opens the sentence as its
        // subject is the one a later same pronoun repeats, not B named between them
        if (Pronouns.Contains(lemma) && sentence.Words[0] is { Relation: "nsubj" } opening && opening.Id != word.Id && sentence.Lemma(opening) == lemma)
            return PersonKeys(opening, lemma, others);
        // "During his meeting with B, A reaffirmed ...": a possessive in a phrase fronted before the subject is the subject's
        if (Pronouns.Contains(lemma) && FrontedPossessor(word) is { } fronted && !others.Contains(fronted))
            return [fronted];
        // "In a meeting with B, A said she had met C": the subject of a reported clause is its reporter
        if (Pronouns.Contains(lemma) && Reporter(word) is { } reporter && !others.Contains(reporter))
            return [reporter];
        if (Pronouns.Contains(lemma))
            return masked.FirstPersonBefore(masked.IndexOf(word.Start))?.EntityKey is { } before && !others.Contains(before)
                ? [before] : discourse.LastSubject is { } last ? [last] : [];
        if (PairWords.Contains(lemma) || sentence.Children(word).Any(c => c.Relation == "nummod" && sentence.Lemma(c) is "two" or "2")
            || sentence.Children(word).Any(c => sentence.Lemma(c) is "both" or "their") || BothBefore(word))
            return TitledPair(word);
        if (DescriptionResolver.Resolve(sentence, word, discourse, others) is { } key)
            return [key];
        // "The Minister of State ... also met": a titled subject no role names is the person the article follows.
        if (word.Relation == "nsubj" && DescriptionResolver.IsPersonHead(sentence, word) && discourse.LastSubject is { } followed
            && !others.Contains(followed) && discourse.Entity(followed) is { } e
            && (e.Roles.Count == 0 || e.Roles.Any(r => r.Contains(lemma, StringComparison.OrdinalIgnoreCase))))
            return [followed];
        return [];
    }

    private static readonly HashSet<string> Saying = new(StringComparer.Ordinal) { "say", "tell", "add", "state", "declare", "write", "insist", "stress" };

    /// <summary>
    /// ""We condemn this attack," spokeswoman A told a briefing": the first-person subject of a quoted clause is the
    /// subject of the verb of saying it hangs on (or that hangs on it, "..., A said" read as a parataxis).
    /// </summary>
    private SyntaxWord? Speaker(SyntaxWord pronoun)
    {
        if (!pronoun.Relation.StartsWith("nsubj", StringComparison.Ordinal) || sentence.Head(pronoun) is not { } clause)
            return null;
        var saying = clause.Relation is "ccomp" or "parataxis" && sentence.Head(clause) is { } head && Saying.Contains(sentence.Lemma(head)) ? head
            : sentence.Children(clause).FirstOrDefault(c => c.Relation is "parataxis" or "ccomp" && c.Id > clause.Id && Saying.Contains(sentence.Lemma(c)));
        return saying is null ? null : sentence.Children(saying).FirstOrDefault(c => c.Relation == "nsubj" && c.Id != pronoun.Id);
    }

    /// <summary>
    /// The named subject of the clause a possessive pronoun's phrase is fronted in ("During his meeting with B, A
    /// reaffirmed"): the pronoun points forward to it, not back to the last person named before.
    /// </summary>
    private string? FrontedPossessor(SyntaxWord word) =>
        word.Relation == "nmod:poss" && sentence.Head(word) is { } noun && noun.Relation.StartsWith("obl", StringComparison.Ordinal)
        && sentence.Head(noun) is { } verb && noun.Id < verb.Id
        && sentence.Children(verb).FirstOrDefault(c => c.Relation == "nsubj" && c.Id > noun.Id) is { } subject
        && sentence.MentionOf(subject) is { Type: NodeType.Person } named ? named.EntityKey : null;

    /// <summary>The named person who says the clause a pronoun is the subject of ("A said she had met C"), if any.</summary>
    private string? Reporter(SyntaxWord pronoun) =>
        pronoun.Relation == "nsubj" && sentence.Head(pronoun) is { Relation: "ccomp" } clause && sentence.Head(clause) is { } verb
        && sentence.Children(verb).FirstOrDefault(c => c.Relation == "nsubj") is { } subject
        && sentence.MentionOf(subject) is { Type: NodeType.Person } reporter ? reporter.EntityKey : null;

    /// <summary>The named subject of the verb of saying whose clause a pronoun is the subject of ("A and B said they ...").</summary>
    private SyntaxWord? ReportingSubject(SyntaxWord pronoun) =>
        pronoun.Relation == "nsubj" && sentence.Head(pronoun) is { Relation: "ccomp" } clause && sentence.Head(clause) is { } verb
        && sentence.Children(verb).FirstOrDefault(c => c.Relation == "nsubj") is { } subject && sentence.MentionOf(subject) is not null
            ? subject : null;

    /// <summary>
    /// "the Department", "the Treasury" -> the body named before with that word; "the group" -> the last group; "it"
    /// -> the body that acted last. Not "its" of a leader or member: "X claimed the attack. Its leader, A, was
    /// designated by the United States" is X's, which the acting body is not.
    /// </summary>
    private IEnumerable<string> BodyKeys(SyntaxWord word, string lemma, FrameMatch match)
    {
        // "The Red Front's leaders say Washington's designation of the group ...": in an article's first mention, the group before it
        if (GroupNouns.Contains(lemma) && !IsDefinite(word) && GroupBeforeComma(word) is { } apposed)
            return [apposed];
        // "has frozen the assets of 300 people and groups": a bare plural counts groups, it names none of them
        if (GroupNouns.Contains(lemma) && word.Xpos is "NNS" && !IsDefinite(word))
            return [];
        // "labelled Neo-Nazi group, "The Base", as ...": a group noun with no determiner names a new group, not the last one
        if (GroupNouns.Contains(lemma) && !sentence.Children(word).Any(c => c.Relation == "det"))
            return [];
        if (GroupNouns.Contains(lemma))
            return (discourse.LastGroup ?? (IsDefinite(word) ? CompanyBefore(word) : null)) is { } g ? [g] : [];
        if (lemma == "its" && match.Frame.Relation is Graph.Relations.Led or Graph.Relations.MemberOf)
            return [];
        if (lemma is "it" or "its" or "government")
            return (discourse.LastDesignator ?? discourse.Government) is { } body ? [body] : [];
        if (word.Upos is "NOUN" or "PROPN" && char.IsUpper(word.Form[0]) && discourse.LastBodyNamed(word.Form) is { } named)
            return [named.EntityKey];
        return [];
    }

    private static readonly HashSet<string> StateNouns = new(StringComparer.Ordinal) { "government", "ministry", "committee", "council", "department", "office" };

    /// <summary>The first country or body named in the words of a noun's phrase before it (its possessor, adjective or compound).</summary>
    private Mention? OwnerBefore(SyntaxWord noun, IReadOnlySet<NodeType> types) =>
        sentence.Subtree(noun).Where(w => w.Id < noun.Id).Select(sentence.MentionOf)
            .FirstOrDefault(m => m is { Type: NodeType.Country or NodeType.Organisation } && types.Contains(m.Type));
}
