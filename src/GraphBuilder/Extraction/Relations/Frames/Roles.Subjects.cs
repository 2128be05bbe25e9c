using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The "subject" slot: who does the act of a trigger with no subject of its own (adverbials, conjuncts, reactions, invitations).</summary>
internal sealed partial class Roles
{
    /// <summary>Verbs of reacting to someone else's act ("welcomed the decision to designate X").</summary>
    private static readonly HashSet<string> Reactions = new(StringComparer.Ordinal)
    {
        "welcome", "praise", "hail", "applaud", "support", "back", "endorse", "criticise", "criticize", "condemn", "reject", "oppose", "denounce", "slam",
    };

    /// <summary>Verbs whose subject and object (or passive subject and agent) are at the same occasion.</summary>
    private static readonly HashSet<string> CompanionVerbs = new(StringComparer.Ordinal) { "join", "accompany" };

    private SyntaxWord? ReactedAgent(SyntaxWord verb) =>
        sentence.Children(verb).FirstOrDefault(c => c.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(c) == "by") is { } by
            ? Agent(by) : null;

    /// <summary>
    /// The subject of the verb the trigger depends on: "After meeting B, A said" and "In a meeting with B, A
    /// said" (the trigger in an adverbial), "A arrived and met B" (a conjunct sharing the subject).
    /// </summary>
    private SyntaxWord? Subject()
    {
        var word = match.Predicate;
        // "Also designated today is X", "A was among eight people added to the list": the participle's noun is its
        // target, no one's act (a support verb's participle, "the sanctions imposed on X", is the act of whoever imposed them)
        if (match.Frame.Relation == Graph.Relations.Designated
            && (word.Relation == "amod" || word.Relation == "acl" && word.Xpos == "VBN" && !match.Frame.Supported))
            return null;
        for (var i = 0; i < 3 && sentence.Head(word) is { } head; i++)
        {
            if (TimedSubject(word, head) is { } timed)
                return timed;
            if (word.Relation is "ccomp" or "parataxis" or "acl:relcl" or "csubj")
                return null;
            // "A welcomed the listing of X (by the Council)": who reacts to an act did not do it; a "by" phrase
            // the parser hung on the reacting verb names who did
            if (word.Id == match.Trigger.Id && word.Relation == "obj" && Reactions.Contains(sentence.Lemma(head)))
                return ReactedAgent(head);
            if (match.Frame.Relation == Graph.Relations.Designated && Adopter(word, head) is { } adopter)
                return adopter;
            // "the US decision to designate X", "the move by (of) the Treasury to designate X": the body that owns the
            // decision noun acts; "welcomed the decision to designate X" names no one (not the welcomer), while
            // "announced its decision to ..." and "laid an order to proscribe X" are the subject's own.
            if (head.Upos == "NOUN" && sentence.Children(head).FirstOrDefault(c => (c.Relation is "nmod:poss" or "compound" or "amod"
                    || c.Relation == "nmod" && sentence.CaseOf(c) is "by" or "of") && sentence.MentionOf(c) is { Type: NodeType.Organisation or NodeType.Country }) is { } owner)
                return owner;
            if (head.Upos == "NOUN" && word.Relation == "acl" && word.Upos == "VERB" && !sentence.Children(head, "nmod:poss").Any()
                && sentence.Head(head) is { } reacting && Reactions.Contains(sentence.Lemma(reacting)))
                return null;
            // "accused them of financing X", "sanctioned A for funding X": the object of the verb does the act; "two men
            // accused of financing X": the noun the participle modifies
            if (word.Relation == "advcl" && sentence.Children(word, "mark").Any(m => sentence.Lemma(m) is "of" or "for" or "with")
                && (sentence.Children(head, "obj").FirstOrDefault()
                    ?? (head is { Relation: "acl", Xpos: "VBN" } ? sentence.Head(head) : null)) is { } controller)
                return controller;
            // "saw A meet B": a bare infinitive's subject is the object of the verb of seeing
            if (word.Relation == "xcomp" && !sentence.Children(word, "mark").Any() && sentence.Children(head, "obj").FirstOrDefault() is { } seen)
                return seen;
            // "A was joined (accompanied) by C at the meeting with B": the one joined was there
            if (CompanionVerbs.Contains(sentence.Lemma(head)) && sentence.Children(head, "nsubj:pass").FirstOrDefault() is { } joined)
                return joined;
            var subject = sentence.Children(head).FirstOrDefault(c => c.Relation == "nsubj" && c.Id != word.Id);
            if (subject is not null)
                return subject;
            word = head;
        }
        return Invited(word);
    }

    private static readonly HashSet<string> TimeNouns = new(StringComparer.Ordinal)
    {
        "week", "month", "year", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    /// <summary>
    /// "Minister A last week held meetings with B": the parser takes the bare time phrase for a noun of the subject's and
    /// the verb for a clause on the time noun; the subject is the name right before the time phrase (the word it hangs on
    /// may be the head of a long title, whose phrase holds the whole sentence).
    /// </summary>
    private SyntaxWord? TimedSubject(SyntaxWord word, SyntaxWord head)
    {
        if (word.Relation != "acl" || word.Upos != "VERB" || head.Relation is not ("nmod:unmarked" or "obl:unmarked" or "nmod:tmod" or "obl:tmod")
            || !TimeNouns.Contains(sentence.Lemma(head).ToLowerInvariant()) || sentence.Head(head) is not { } owner || owner.Id > head.Id)
            return null;
        var before = sentence.Words[sentence.Subtree(head).Min(w => w.Id) - 2];
        return sentence.MentionOf(before) is { Type: NodeType.Person } ? before : owner;
    }

    /// <summary>
    /// "At the invitation of A, Minister of ..., B, Minister of ... undertook a visit" with B swallowed into the invitation's
    /// phrase and the root left with no subject: the last person named between "invitation" and the verb who is not the
    /// first one (the host who invited) is the guest, the verb's subject.
    /// </summary>
    private SyntaxWord? Invited(SyntaxWord verb)
    {
        if (verb.Relation != "root" || sentence.Children(verb).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            || sentence.Words.Take(verb.Id - 1).FirstOrDefault(w => sentence.Lemma(w) == "invitation") is not { } invitation)
            return null;
        var people = sentence.Words.Skip(invitation.Id).Take(verb.Id - 1 - invitation.Id)
            .Where(w => sentence.MentionOf(w) is { Type: NodeType.Person }).ToList();
        return people.Count == 0 ? null : people.LastOrDefault(w => sentence.MentionOf(w) != sentence.MentionOf(people[0]));
    }

    /// <summary>
    /// "R joined the United States in designating X": whom the subject joined in the act did it too (the object of
    /// "join" the trigger's "in" clause hangs on).
    /// </summary>
    private IReadOnlyList<SyntaxWord> JoinedInAct() =>
        match.Predicate.Relation == "advcl" && sentence.Head(match.Predicate) is { } join && sentence.Lemma(join) == "join"
        && sentence.Children(match.Predicate, "mark").Any(m => sentence.Lemma(m) == "in")
            ? [.. sentence.Children(join, "obj")] : [];
}
