using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The words of an act's own phrase, for a backoff frame that takes every name its parse puts under the act.</summary>
internal sealed partial class Roles
{
    /// <summary>Dependents whose phrases are no part of what was acted on: the actor, other clauses, the act's setting.</summary>
    private static readonly HashSet<string> OutsideAct = new(StringComparer.Ordinal)
    {
        "nsubj", "csubj", "obl:agent", "acl:relcl", "advcl", "ccomp", "parataxis", "punct", "mark", "aux", "aux:pass",
        "cop", "discourse", "vocative", "reparandum", "dep", "obl:tmod", "nmod:tmod",
    };

    /// <summary>Case words of phrases that say where, when or why, not whom: "banned in Ruritania since 2001 for its attacks".</summary>
    private static readonly HashSet<string> SettingCases = new(StringComparer.Ordinal)
    {
        "by", "in", "since", "after", "before", "during", "for", "over", "from", "at", "following", "amid", "with", "without", "despite",
    };

    /// <summary>The groups and people of the act's subtree, but state bodies and the outlet that reports it ("..., Anadolu reports").</summary>
    private IReadOnlyList<string> ActTargets(IReadOnlySet<Graph.NodeType> types) =>
        Listed(ActSubtree(), types).Where(k => !IsStateBody(k) && !Designators.IsOutlet(k, discourse, NewsOutlets.IsOutlet)).ToList();

    /// <summary>The act's subtree without its actor, its setting and the clauses hung on it (a verb conjoined to it is another act).</summary>
    private IEnumerable<SyntaxWord> ActSubtree()
    {
        var stack = new Stack<SyntaxWord>(sentence.Children(match.Trigger).Where(InAct));
        while (stack.Count > 0)
        {
            var w = stack.Pop();
            yield return w;
            // below a name only its conjuncts and the names set beside it: "A, the head of B's office" does not list B
            var named = sentence.MentionOf(w) is not null;
            foreach (var c in sentence.Children(w).Where(c => !OutsideAct.Contains(c.Relation) && !IsOtherVerb(c)
                && (!named || c.Relation is "conj" or "flat" or "cc" || c.Relation == "appos" && sentence.MentionOf(c) is not null)
                && !IsSetting(w, c)))
                stack.Push(c);
        }
    }

    private bool InAct(SyntaxWord child) => !OutsideAct.Contains(child.Relation) && !IsOtherVerb(child) && !IsSetting(match.Trigger, child);

    /// <summary>A phrase of place, time or cause, or whose members people are: "leaders from X", "two members of X" do not list X.</summary>
    private bool IsSetting(SyntaxWord head, SyntaxWord child) =>
        sentence.CaseOf(child) is { } c && (SettingCases.Contains(c) || c == "of" && ListedNames.IsPeopleNoun(sentence, head));

    /// <summary>A verb conjoined to the act is another act; a participle on a noun describes it ("a group linked to X").</summary>
    private static bool IsOtherVerb(SyntaxWord w) => w.Upos == "VERB" && w.Relation is "conj" or "acl";
}
