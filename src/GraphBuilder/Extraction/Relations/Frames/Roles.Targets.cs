using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The slots of Roles that find who a participle or a sanctions noun is about, where the parse hangs it elsewhere.</summary>
internal sealed partial class Roles
{
    /// <summary>
    /// "A was one of six individuals sanctioned by B", "A was among those designated": a counted noun the
    /// participle modifies stands for the subject of the copula it is the predicate of (or the "of" phrase of).
    /// </summary>
    private IReadOnlyList<SyntaxWord> CountedSubject(SyntaxWord noun)
    {
        var predicate = noun.Relation == "nmod" && sentence.CaseOf(noun) is "of" or "among" && sentence.Head(noun) is { } up ? up : noun;
        // "A, one of 12 people hit by EU sanctions": the counted phrase apposed to a name
        if (sentence.Children(predicate, "cop").FirstOrDefault() is not { } cop)
            return predicate != noun ? [.. Described(predicate)] : [];
        var subjects = sentence.Children(predicate).Where(c => c.Relation == "nsubj").ToList();
        // "after the company was among 14 entities sanctioned by B" with the subject hung elsewhere: the noun before the copula
        return subjects.Count > 0 || cop.Id < 2 || sentence.Words[cop.Id - 2] is not { Upos: "NOUN" or "PROPN" } before ? subjects : [before];
    }

    /// <summary>
    /// Who is under the sanctions noun: the subject of "subject to" ("A, who is subject to UN sanctions"), or the name
    /// right before the comma that opens the phrase ("A, under EU sanctions since 2014, arrived").
    /// </summary>
    private IReadOnlyList<SyntaxWord> Holders()
    {
        if (sentence.Head(match.Trigger) is { } head && sentence.Lemma(head) == "subject")
            return sentence.Children(head).Where(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)).ToList();
        var casing = sentence.Children(match.Trigger, "case").FirstOrDefault();
        return casing is not null && sentence.BeforeComma(casing) is { } named && sentence.MentionOf(named) is not null ? [named] : [];
    }

    /// <summary>
    /// "In May, the US Coordinator for X, A, and Pakistan's Secretary for the UN B co-chaired the Dialogue" parsed
    /// with "May" the root and A under it: the names before the trigger in its clause, each reached from the
    /// trigger or the root through no other verb, no case word and no possessive, are the subject the parse split.
    /// </summary>
    private IEnumerable<SyntaxWord> ClauseNames() =>
        sentence.Words.Take(match.Trigger.Id - 1).Reverse().TakeWhile(w => w.Form != ";").Where(w => sentence.MentionOf(w) is not null && FreeUpTo(w));

    private bool FreeUpTo(SyntaxWord word)
    {
        for (var (w, i) = (word, 0); i < sentence.Words.Count; i++)
        {
            if (w.Id == match.Trigger.Id || sentence.Head(w) is not { } head)
                return true;
            if (w.Upos is "VERB" or "AUX" || sentence.Children(w).Any(c => c.Relation == "case" && c.Id < w.Id) || ListedNames.IsPossessor(sentence, w))
                return false;
            w = head;
        }
        return false;
    }

    /// <summary>"X, a chipmaker blacklisted by B in 2020": a nameless apposition's participle is about the name it describes.</summary>
    private IEnumerable<SyntaxWord> Described(SyntaxWord noun) =>
        noun.Relation == "appos" && sentence.MentionOf(noun) is null && sentence.Head(noun) is { } named && sentence.MentionOf(named) is not null
            ? [named] : [];

    /// <summary>
    /// "The attack was claimed by X, designated a terrorist group by the United States in 2017": a participle after a
    /// comma the parser joined to the verb before, with no subject or auxiliary of its own, is said of the name before it.
    /// </summary>
    private IReadOnlyList<SyntaxWord> CommaNamed()
    {
        var t = match.Trigger;
        if (t is not { Xpos: "VBN", Relation: "conj" or "advcl" } || sentence.BeforeComma(t) is not { } named
            || sentence.Children(t).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation.StartsWith("aux", StringComparison.Ordinal)))
            return [];
        return sentence.MentionOf(named) is not null ? [named] : [];
    }
}
