using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>Names a nameless filler stands for where the parser split a titled name from its title, or hung a relative clause on the wrong noun.</summary>
internal sealed partial class FillerResolver
{
    /// <summary>
    /// The person a nameless title filler names when the parser hung the name elsewhere: "External Affairs Minister A"
    /// read as "Affairs" with A a caseless nmod below it; "called on Deputy Foreign Minister A" and "called on the
    /// President of R, H.E. Mr. A" read as "on Deputy" with A a sibling the verb "calls" (the xcomp of "call X Y").
    /// </summary>
    private string? SplitName(SyntaxWord word)
    {
        if (sentence.MentionOf(word) is not null || word.Upos is not ("NOUN" or "PROPN"))
            return null;
        var below = sentence.Children(word).FirstOrDefault(c => c.Relation == "nmod" && (sentence.CaseOf(c) is null || AfterPlace(c))
            && sentence.MentionOf(c) is { Type: NodeType.Person });
        if (below is not null)
            return sentence.MentionOf(below)!.EntityKey;
        if (NextSibling(word) is not { } next)
            return null;
        if (sentence.RelationOf(next) is "obl" or "xcomp" && sentence.CaseOf(next) is null && sentence.MentionOf(next) is { Type: NodeType.Person } m)
            return m.EntityKey;
        return sentence.CaseOf(next) == "for" && sentence.MentionOf(next) is null ? OnlyPersonIn(next) : null;
    }

    /// <summary>
    /// "the Ambassador of R to the United Kingdom A" read with A the head of "to the United Kingdom": the case word is the
    /// country's, which the parser made a compound of the name; the name after it is the title's.
    /// </summary>
    private bool AfterPlace(SyntaxWord name) =>
        sentence.Children(name).Any(k => k.Relation == "compound" && k.Id < name.Id
            && sentence.MentionOf(k) is { Type: NodeType.Country or NodeType.Place } place && place != sentence.MentionOf(name));

    /// <summary>
    /// "met State Secretary for Foreign Affairs of Spain H E A" with "for Foreign Affairs ..." hung on the verb: the title's
    /// own "for" phrase, split off, ends in the name; the one person inside it is the one meant.
    /// </summary>
    private string? OnlyPersonIn(SyntaxWord phrase)
    {
        var people = sentence.Subtree(phrase).Select(sentence.MentionOf).Where(m => m is { Type: NodeType.Person })
            .Select(m => m!.EntityKey).Distinct().Take(2).ToList();
        return people.Count == 1 ? people[0] : null;
    }

    /// <summary>The head's dependent whose phrase starts right after the word's (punctuation between).</summary>
    private SyntaxWord? NextSibling(SyntaxWord word)
    {
        if (sentence.Head(word) is not { } head)
            return null;
        var end = sentence.Subtree(word).Max(w => w.Id);
        while (end < sentence.Words.Count && sentence.Words[end].Upos == "PUNCT")
            end++;
        return sentence.Children(head).FirstOrDefault(c => c.Id > word.Id && sentence.Subtree(c).Min(w => w.Id) == end + 1);
    }

    /// <summary>"a Chilean delegation led by B": a delegation with a named leader stands for the leader, not its country.</summary>
    private IReadOnlyList<SyntaxWord> Leaders(SyntaxWord word) =>
        sentence.Children(word, "acl").FirstOrDefault(a => sentence.Lemma(a) is "lead" or "head" or "co-lead") is { } leader
            ? sentence.Children(leader).Where(c => c.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(c) == "by").ToList()
            : [];

    /// <summary>
    /// "held talks with her South Korean counterpart, B" with "with her" read as the phrase and "counterpart" hung on
    /// the verb: a possessive pronoun stands for the noun phrase it opens (the first word after it that is no modifier).
    /// </summary>
    private SyntaxWord? CutPossessor(SyntaxWord word)
    {
        if (word is not { Upos: "PRON" } || word.Form.ToLowerInvariant() is not ("his" or "her" or "their")
            || sentence.CaseOf(word) is null || sentence.Children(word).Any(c => c.Relation != "case"))
            return null;
        var next = sentence.Words.Skip(word.Id).FirstOrDefault(w => w.Relation is not ("compound" or "amod" or "flat" or "nmod:desc"));
        return next is { Upos: "NOUN" or "PROPN" } && !sentence.Children(next).Any(c => c.Relation == "case") ? next : null;
    }

    /// <summary>
    /// "Foreign Secretary A and visiting Indian Foreign Secretary B led the delegations" parsed with "visiting" a verb
    /// conjoined to A and B its object: the visitor is the conjunct.
    /// </summary>
    private IEnumerable<SyntaxWord> VisitingConjunct(SyntaxWord w) =>
        w is { Upos: "VERB", Xpos: "VBG", Relation: "conj" } && sentence.Lemma(w) == "visit" ? sentence.Children(w, "obj") : [];

    /// <summary>
    /// The noun a relative clause hangs on ("X, which designated ..."); where that is a nameless common noun the parse
    /// chose over the name ("Gunmen from X, which Washington designated ..."), the name right before the comma (not
    /// where it hangs the clause on a verb, tagged as one or not: "The UNSC no longer sanctions X, which was first designated").
    /// </summary>
    private IReadOnlyList<string> RelativeKeys(SyntaxWord pronoun, SyntaxWord noun, FrameMatch match, IReadOnlySet<NodeType> types, IReadOnlyCollection<string> others)
    {
        if (Relatives.Contains(sentence.Lemma(noun)))
            return [];
        var keys = Keys([Antecedent(noun)], match with { Trigger = noun, Anchors = [noun] }, types, others);
        // "the 10th Consultations between the ministries of both countries, which he co-chaired": the clause hung on a
        // nearer noun of the session's own phrase that names no session; the session is the last one named before it
        if (keys.Count == 0 && types.Contains(NodeType.Event) && EventBefore(pronoun) is { } session)
            return [session];
        // "A, B and C, which is banned": a singular verb is about the one name before the comma, not the whole list
        if (keys.Count > 1 && SingularClause(pronoun) && LastNamedBefore(pronoun) is { } last && keys.Contains(last.EntityKey))
            return [last.EntityKey];
        // a noun with a subject or object of its own is a verb the tagger missed ("The UNSC no longer sanctions X, which ...")
        return keys.Count > 0 || noun.Upos != "NOUN" || noun.Relation == "root" || sentence.Children(noun).Any(c => c.Relation is "nsubj" or "obj") ? keys
            : NamedBeforeComma(pronoun) is { } named && types.Contains(named.Type) ? [named.EntityKey] : [];
    }

    /// <summary>
    /// "A, the X commander whom B designated ...": a relative clause on a nameless apposition is about the name it
    /// describes: the apposition's head, or where the parser hung it higher ("head of the council of X, an armed
    /// movement which B branded ...") the name right before the comma that opens it.
    /// </summary>
    private SyntaxWord Antecedent(SyntaxWord noun)
    {
        if (noun.Relation != "appos" || sentence.MentionOf(noun) is not null || sentence.Head(noun) is not { } head)
            return noun;
        if (sentence.MentionOf(head) is not null)
            return head;
        var first = sentence.Words[sentence.Subtree(noun).Where(w => w.Upos != "PUNCT").Min(w => w.Id) - 1];
        return sentence.BeforeComma(first) is { } named && sentence.MentionOf(named) is not null ? named : noun;
    }

    /// <summary>Whether the clause a relative pronoun is the subject of agrees with one thing: "which is", "which was", "which has".</summary>
    private bool SingularClause(SyntaxWord pronoun) =>
        pronoun.Relation is "nsubj" or "nsubj:pass" && sentence.Head(pronoun) is { } verb
        && sentence.Children(verb).Where(c => c.Relation is "aux" or "aux:pass" or "cop").Append(verb).FirstOrDefault(w => w.Id > pronoun.Id) is { } first
        && (first.Xpos == "VBZ" || sentence.Lemma(first) == "be" && first.Form.Equals("was", StringComparison.OrdinalIgnoreCase));

    /// <summary>The entity named right before the comma of a relative clause, or before its bracket ("C (TEO C), which").</summary>
    private Mention? LastNamedBefore(SyntaxWord pronoun)
    {
        if (sentence.BeforeComma(pronoun) is not { } before)
            return null;
        if (before.Form == ")" && sentence.Words.Take(before.Id - 1).LastOrDefault(w => w.Form == "(") is { Id: > 1 } open)
            before = sentence.Words[open.Id - 2];
        return sentence.MentionOf(before);
    }

    /// <summary>The entity named right before the comma that opens a relative pronoun's clause.</summary>
    private Mention? NamedBeforeComma(SyntaxWord relative) =>
        sentence.BeforeComma(relative) is { } before ? sentence.MentionOf(before) : null;
}
