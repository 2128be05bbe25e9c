using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The readings of FrameFamily added for secondary relations: held meetings, the host called on, who can be a member of what.</summary>
internal sealed partial class FrameFamily
{
    private static readonly HashSet<string> MeetingNouns = new(StringComparer.Ordinal)
    {
        "meeting", "meetings", "talks", "talk", "discussion", "discussions", "consultation", "consultations",
    };

    /// <summary>
    /// "The meeting was held ...", "Their talks took place ...": a definite meeting noun as a verb's subject, in the
    /// past ("The summit will be held in Santiago" is another gathering, and not yet).
    /// </summary>
    private static bool IsHeldMeeting(FrameSentence sentence, FrameMatch match, string status) =>
        status == EdgeStatus.Happened && MeetingNouns.Contains(sentence.Lemma(match.Trigger))
        && HeldVerb(sentence, match.Trigger) is not null && sentence.Children(match.Trigger).Any(c => sentence.Lemma(c) is "the" or "their");

    /// <summary>"A called on (paid a courtesy call on, a visit to) B": the one called on hosts the meeting, its principal.</summary>
    private static bool CallsOn(FrameSentence sentence, FrameMatch match) =>
        sentence.Lemma(match.Trigger) is "call" or "visit" || sentence.Lemma(match.Predicate) == "pay";

    /// <summary>
    /// A country or body is a member of a bloc or an organisation, never of a country ("Britain joined the United
    /// States in imposing sanctions"); only a person serves a country.
    /// </summary>
    private static bool IsStateInState(Discourse discourse, string relation, string source, string target) =>
        relation == Graph.Relations.MemberOf && discourse.Entity(source)?.Type is not NodeType.Person
        && discourse.Entity(target)?.Type == NodeType.Country;

    /// <summary>
    /// The verb a meeting noun is the subject of ("The meeting took place ..."); where the parser left the noun the root
    /// with "took place" a clause below it ("The meeting between the two ministers took place" with "took" under
    /// "ministers"), that clause's verb of taking place or being held.
    /// </summary>
    private static SyntaxWord? HeldVerb(FrameSentence sentence, SyntaxWord trigger)
    {
        if (trigger.Upos != "NOUN")
            return null;
        if (trigger.Relation.StartsWith("nsubj", StringComparison.Ordinal))
            return sentence.Head(trigger) is { Upos: "VERB" } verb ? verb : null;
        return trigger.Relation == "root"
            ? sentence.Subtree(trigger).FirstOrDefault(w => w is { Upos: "VERB", Relation: "acl" or "acl:relcl" } && sentence.Lemma(w) is "take" or "hold" or "come")
            : null;
    }

    /// <summary>
    /// Every source with every target, except with a "respectively" in the verb's phrase ("A and B led the Bangladesh
    /// and Indian delegations respectively"): as many sources as targets are paired in order, and a lone source of
    /// several targets (B read again as the object of "visiting") has no place to pair by, so none (before, each
    /// head led both countries). One designator lists every target: its "respectively" sits in an aside ("added A and B,
    /// wife and daughter respectively of C, to a list").
    /// </summary>
    private static IEnumerable<(string Source, string Target)> Crossed(FrameSentence sentence, FrameMatch match,
        IReadOnlyList<string> sources, IReadOnlyList<string> targets)
    {
        if (targets.Count < 2 || sources.Count < 2 && match.Frame.Relation == Graph.Relations.Designated || !sentence.Subtree(match.Predicate).Any(w => sentence.Lemma(w) == "respectively"))
            return sources.SelectMany(s => targets.Select(t => (s, t)));
        return sources.Count == targets.Count ? sources.Zip(targets) : [];
    }
}
