using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>What a listing after its trigger ("@after") names besides its entries.</summary>
internal sealed partial class Roles
{
    private static readonly HashSet<string> Reporting = new(StringComparer.Ordinal) { "say", "report", "tell", "add", "state", "announce" };

    /// <summary>
    /// "The list includes individuals from Qatar, the Saudi Press Agency reported, including A -- a cleric linked to
    /// the B": the source a reporting verb or a trailing "according to" names (the agency) and a name inside a participle clause that describes an
    /// entry (B, under "linked") are no entries of the listing; nor is one in a relative clause on an entry ("A, who
    /// organised protests against President C") or in a case phrase of an entry's apposition ("B, a businessman with close
    /// links to C", "D, founder of E") or of a relative clause on a counted noun ("six entities who are considered related
    /// to President C"). A clause above the trigger ("the list, which includes A") is not one of the entry's.
    /// </summary>
    private bool IsListingAside(SyntaxWord word)
    {
        if (OwnsList(word))
            return true;
        var underTrigger = false;
        var clause = false;
        var cased = false;
        foreach (var w in sentence.Ancestors(word))
        {
            // "Designations target networks that generate revenue for B" parsed with "target" a noun: the trigger's head
            // when the trigger is its compound stands for the act
            if (w.Id == match.Trigger.Id || match.Trigger.Relation == "compound" && w.Id == match.Trigger.Head)
            {
                underTrigger = true;
                break;
            }
            if (w.Relation == "acl" || w.Relation is "appos" or "acl:relcl" && cased || IsEntryRelative(w, word))
                clause = true;
            cased |= w.Relation is "nmod" or "obl" && sentence.CaseOf(w) is not (null or "include") && !SeparatorBetween(w, word, ",");
            if (IsReportingSource(w) || IsTrailingAttribution(w))
                return true;
        }
        return underTrigger && clause;
    }

    /// <summary>
    /// "..., according to the X Institute" after the trigger: the source of the listing. One before it ("According to a
    /// notification, those declared are: A, B") may have the entries the parser hung under it.
    /// </summary>
    private bool IsTrailingAttribution(SyntaxWord w) => w.Id > match.Trigger.Id && sentence.CaseOf(w) is "accord" or "according";

    /// <summary>"Among those added to the UN sanctions list are A and B": the list's owner is where they are listed, no entry.</summary>
    private bool OwnsList(SyntaxWord word)
    {
        var w = word;
        for (var step = 0; step < 3 && w.Relation is "compound" or "nmod:poss" && sentence.Head(w) is { } head; step++, w = head)
            if (DesignationLists.IsListNoun(sentence.Lemma(head)))
                return true;
        return false;
    }

    /// <summary>
    /// A relative clause on a name ("A, who organised protests against C"), on the description set beside one ("A and B,
    /// two doctors who withheld care for C") or on a noun it does not list ("networks (including A) that generate revenue
    /// for B"): not one that lists the entries ("four groups which are A, B and C"), nor one the next entry of a semicolon
    /// list hangs under.
    /// </summary>
    private bool IsEntryRelative(SyntaxWord clause, SyntaxWord word) =>
        clause.Relation == "acl:relcl" && sentence.Head(clause) is { } named
        && (sentence.MentionOf(named) is not null || IsEntryDescription(named) || !IsListingClause(clause))
        && !SemicolonBetween(clause, word);

    /// <summary>
    /// A relative clause that gives a noun's members ("four groups which are A, B and C", "networks that include A"), not
    /// one that says what they do ("networks that generate revenue for B").
    /// </summary>
    private bool IsListingClause(SyntaxWord clause) =>
        clause.Upos is not ("VERB" or "AUX") || sentence.Lemma(clause) is "be" or "include" or "comprise" or "consist" or "cover" or "list"
        || sentence.Children(clause, "cop").Any();

    /// <summary>A nameless noun set beside a name ("A, a judge", parsed as apposition or parataxis).</summary>
    private bool IsEntryDescription(SyntaxWord noun) =>
        noun.Relation is "appos" or "parataxis" && sentence.MentionOf(noun) is null && sentence.Head(noun) is { } entry && sentence.MentionOf(entry) is not null;

    /// <summary>"A, a businessman close to B; C, chief of D": the parser may hang the next entry of a semicolon list under the aside.</summary>
    private bool SemicolonBetween(SyntaxWord a, SyntaxWord b) => SeparatorBetween(a, b, ";");

    /// <summary>"the mastermind of the attacks, underworld Don B": a comma (or semicolon) may close the aside's phrase.</summary>
    private bool SeparatorBetween(SyntaxWord a, SyntaxWord b, string mark) =>
        sentence.Words.Any(w => (w.Form == ";" || w.Form == mark) && w.Id > Math.Min(a.Id, b.Id) && w.Id < Math.Max(a.Id, b.Id));

    /// <summary>
    /// The subject of a verb of reporting other than the trigger, the one nearest before it ("A, B and C, the ministry
    /// said" parsed with A a second subject of "said": A is an entry, the ministry the source). The source stands right
    /// before its verb: an entry the parser made the verb's subject with more entries between ("..., and the deputy
    /// commander of B, C, the ministry said") is none.
    /// </summary>
    private bool IsReportingSource(SyntaxWord w) =>
        w.Relation == "nsubj" && sentence.Head(w) is { } verb && verb.Id != match.Trigger.Id && Reporting.Contains(sentence.Lemma(verb))
        && !sentence.Children(verb, "nsubj").Any(o => o.Id > w.Id && o.Id < verb.Id) && !SeparatorBetween(w, verb, ",");
}

/// <summary>The "listowner" slot: whose the subject of a listing verb is ("The list, endorsed by A and B, includes X").</summary>
internal sealed partial class Roles
{
    /// <summary>The agent of a participle on the trigger's subject, else the subject's named possessor ("the Treasury's list").</summary>
    private IReadOnlyList<string> ListOwners(IReadOnlySet<NodeType> types, IReadOnlyCollection<string> others)
    {
        var subjects = match.Anchors.SelectMany(a => sentence.Children(a, "nsubj")).ToList();
        var agents = subjects.SelectMany(s => sentence.Children(s, "acl"))
            .SelectMany(p => sentence.Children(p).Where(c => c.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(c) == "by"));
        // "The Qatari list also includes A", "Other additions to the EU list included A": the list's own owner, or that of
        // the list the subject adds to
        var lists = subjects.Where(s => sentence.Lemma(s) is "list" or "blacklist")
            .Concat(subjects.SelectMany(s => sentence.Children(s, "nmod")).Where(n => sentence.CaseOf(n) == "to" && sentence.Lemma(n) is "list" or "blacklist"));
        var owners = subjects.SelectMany(s => sentence.Children(s, "nmod:poss"))
            .Concat(lists.SelectMany(l => sentence.Children(l).Where(c => c.Relation is "compound" or "amod")));
        return resolver.Keys([.. agents.Concat(owners).Where(w => sentence.MentionOf(w) is not null)], match, types, others);
    }

    /// <summary>
    /// "R and allies published a list ... The list, endorsed by A, B and C, includes X": a list with endorsers and no owner
    /// of its own ("the Qatari list", "the Treasury's list") is the one the body that designated last published.
    /// </summary>
    private IReadOnlyList<string> Publishers()
    {
        var subjects = match.Anchors.SelectMany(a => sentence.Children(a, "nsubj")).ToList();
        var endorsed = subjects.Any(s => sentence.Children(s, "acl").Any(p => sentence.Children(p).Any(c => c.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(c) == "by")));
        var owned = subjects.Any(s => sentence.Children(s).Any(c => c.Relation is "nmod:poss" or "amod" or "compound"));
        return endorsed && !owned ? discourse.LastDesignators : [];
    }
}
