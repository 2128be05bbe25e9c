using System.Text.RegularExpressions;
using GraphBuilder.Text;
using GraphBuilder.Graph;
using static GraphBuilder.Extraction.Relations.Fragments;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// designated, designating body or country -> organisation or person, with the designation as attribute
/// "as": active ("The Department designated X as ..."), passive ("X was designated a ... by the Treasury"),
/// "Y was previously sanctioned by the United Kingdom" (no designation named), relative ("the group, which
/// the State Department designated as ..."), nominal ("the US decision to
/// designate X and Y as ..."), proscriptions ("The Home Office proscribed X", not the passive "X is banned in
/// Y", which the frames read) and sanctions listings ("the
/// Committee added X and Y to its sanctions list"). "the Department", "the group" refer back.
/// </summary>
internal sealed class DesignationPatterns : IPatternFamily
{
    private const string BodyRef = @"\b[Tt]he\s+(?:[A-Z][\w.]*\s+){0,3}?(?<head>" + Bodies.Head + @")\b";
    private const string Actor = @"(?<a>(?:⟦C\d+⟧\s+)?⟦[OC]\d+⟧|" + BodyRef + ")";
    /// <summary>Words before the targets; a group named only in a compound adjective ("the ISIS-linked network X") is no target.</summary>
    private const string Lead = @"(?:(?!" + ClauseWord + ")" + LeadStep + "){0,40}?";
    private const string BareLead = @"(?:(?!" + ClauseWord + @"|\b(?:as|by|to|for)\b)" + LeadStep + "){0,40}?";
    private const string LeadStep = @"(?:[^;,⟦]|⟦[CL]\d+⟧|⟦O\d+⟧-(?=[a-z]))";
    private const string Designation = @"(?<as>(?:[\w'-]+\s+){0,5}(?:[Oo]rgani[sz]ations?|[Ee]ntit(?:y|ies)|[Tt]errorists?|[Gg]roups?|[Ff]inanciers?|[Ff]acilitators?|[Ss]ponsors?))\b";
    private const string As = @"[^;]{0,120}?\bas\s+(?:an?\s+|the\s+)?" + Designation;
    private const string GroupRef = @"\b[Tt]he\s+(?:group|organi[sz]ation|outfit|faction|network|militia|movement)\b";

    private static readonly Gated Active = new(Actor + @"(?:'s)?" + SubjectGap + @"{0,40}?\b(?<v>designated|designates|has\s+designated|(?:is|are)\s+designating|blacklisted)\s+" + Lead + "(?<t>" + TargetList + ")" + As, "designat", "blacklist");

    private static readonly Gated Passive = new(@"(?<t>⟦[OP]\d+⟧)(?:,[^;]{0,80}?,)?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:(?<v>designated|listed|proscribed|blacklisted)\s+(?:as\s+)?(?:an?\s+|the\s+)?" + Designation + @"?[^;]{0,20}?|(?<v>sanctioned|designated)\s+)\bby\s+(?:the\s+)?" + Actor + @"(?!\s+as\b)", "designated", "listed", "proscribed", "blacklisted", "sanctioned");

    /// <summary>
    /// "OFAC also designated X, a money service business ...": a body designating without "as", accepted only
    /// where the sentence's words or the body's earlier designations show the sense is sanctions, not appointment.
    /// </summary>
    private static readonly Gated Bare = new(Actor + @"(?:'s)?" + SubjectGap + @"{0,40}?(?<!\b(?:was|were|be|been|being|is|are)\s+(?:\w+\s+)?)\b(?<v>designated|has\s+designated|sanctioned|has\s+sanctioned)\s+" + BareLead + "(?<t>" + TargetList + @")(?=\s*(?:[,.;]|$|\s(?:on|in|under|for|today|yesterday|pursuant)\b))", "designated", "sanctioned");

    private static readonly Regex SanctionsSense = Patterns.Create(@"\b(?:terror\w*|sanction\w*|financiers?|financing|militant|extremist|blocked|assets|pursuant\s+to|Executive\s+Order)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Gated Relative = new(@"(?<t>⟦[OP]\d+⟧|" + GroupRef + @"),?\s+which\s+(?:the\s+)?" + Actor + @"(?:'s)?\s+(?:had\s+|has\s+)?(?<v>designated|proscribed|listed|blacklisted)\s+(?:as\s+)?(?:an?\s+|the\s+)?" + Designation, "which");

    private static readonly Gated Nominal = new(@"(?:" + Actor + @"(?:'s)?\s+(?:\w+\s+)?)?\b(?<v>decision)\s+to\s+(?:designate|list|proscribe|blacklist)\s+" + Lead + "(?<t>" + TargetList + ")" + As, "decision to");

    private static readonly Gated Proscribed = new(Actor + SubjectGap + @"{0,40}?(?<!\b(?:the|a|an|designate)\s)(?<!\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?)\b(?<v>proscribed|has\s+proscribed|banned|outlawed)\s+(?:the\s+)?" + Lead + "(?<t>" + TargetList + ")", "proscribed", "banned", "outlawed");

    /// <summary>
    /// "decided to impose restrictive measures on X and on two individuals, A and B": sanctions by the subject
    /// body ("decided to" is a decision taken, not a plan, so the trigger starts there).
    /// </summary>
    private static readonly Gated Measures = new(Actor + SubjectGap + @"{0,60}?\b(?<v>(?:decided|voted)\s+to\s+impose|imposed|imposes|imposing|adopted|adopts)\s+(?<as>(?:new\s+|targeted\s+|financial\s+)?(?:restrictive\s+measures|sanctions))\s+(?:against|on)\s+(?<t>(?:(?!" + ClauseWord + @"|\bfor\b|,\s+[a-z]+ing\b)[^;.]){0,200})", "restrictive", "sanctions");

    private static readonly Gated Listed = new(Actor + @"(?:(?!⟦P)[^;]){0,40}?\b(?<v>added|adds|has\s+added|listed)\s+" + Lead + "(?<t>" + TargetList + @")\s+to\s+(?:its|the|their)\s+(?<as>[^;.]{0,60}?(?:sanctions?|terrorist|designation)\s+list)", "list");

    /// <summary>
    /// "X, a U.S.-designated terrorist group" and "the UN-sanctioned X": a body or country joined by a hyphen to
    /// the participle designated the name the phrase describes.
    /// </summary>
    private static readonly Gated Hyphenated = new(
        @"(?<t>⟦[OP]\d+⟧)\s*,\s+(?:an?|the)\s+(?<a>⟦[OC]\d+⟧)-(?<v>" + HyphenVerbs + @")\b"
        + @"|(?<a>⟦[OC]\d+⟧)-(?<v>" + HyphenVerbs + @")\s+(?:[a-z]+\s+){0,3}?(?<t>⟦[OP]\d+⟧)",
        "-designated", "-sanctioned", "-listed", "-blacklisted", "-proscribed", "-banned");

    private const string HyphenVerbs = "designated|sanctioned|listed|blacklisted|proscribed|banned";

    public IEnumerable<Found> Find(MaskedSentence sentence, Discourse discourse)
    {
        var found = new List<Found>();
        foreach (var (regex, fixedAs) in new (Gated, string?)[]
                 {
                     (Nominal, null), (Active, null), (Passive, null), (Relative, null),
                     (Listed, null), (Proscribed, "proscribed organisation"), (Measures, "sanctions"), (Hyphenated, ""),
                 })
            foreach (Match m in regex.Matches(sentence.Text))
                Add(found, sentence, discourse, m, fixedAs ?? Frames.Designations.Normalise(m.Groups["as"].Value));
        var bare = Bare.Matches(sentence.Text);
        var sanctions = bare.Count > 0 && SanctionsSense.IsMatch(sentence.Text);
        foreach (var m in bare)
            if (sanctions || ActorKey(sentence, discourse, m) is { } actor && discourse.HasDesignated(actor))
                Add(found, sentence, discourse, m, "");
        return found;
    }

    private static void Add(List<Found> found, MaskedSentence sentence, Discourse discourse, Match m, string designation)
    {
        var at = m.Groups["v"].Index;
        var status = Modality.Of(sentence.Text, at);
        var actor = ActorKey(sentence, discourse, m);
        if (status is null || actor is null)
            return;
        var attributes = designation.Length > 0 ? new Dictionary<string, string> { ["as"] = designation } : null;
        var targets = Targets(sentence, discourse, m.Groups["t"]).ToList();
        // "The United States imposed sanctions on three men. The three are A, B and C": an act whose targets are
        // only counted still makes its body the designator a continuation refers to (as the frames do).
        if (targets.Count == 0 && status == EdgeStatus.Happened)
            discourse.NoteDesignator(actor);
        foreach (var target in targets)
            found.Add(new Found(actor, Graph.Relations.Designated, target, at, status, attributes));
    }

    /// <summary>
    /// The body named nearest before the trigger (the committee rather than the council it belongs to, the
    /// organisation rather than its country), else the body referred back to ("the Department"), else the
    /// sentence's first body before the trigger ("Member states of the X ... announced the decision").
    /// </summary>
    private static string? ActorKey(MaskedSentence sentence, Discourse discourse, Match m)
    {
        var a = m.Groups["a"];
        var v = m.Groups["v"].Index;
        var (from, to) = !a.Success ? (0, v) : a.Index < v ? (a.Index, v) : (a.Index, a.Index + a.Length);
        var bodies = sentence.Tokens(from, to - from).Select(t => t.Mention)
            .Where(t => t.Type is NodeType.Organisation or NodeType.Country).ToList();
        if (a.Success && bodies.Count > 0)
            return (bodies.LastOrDefault(b => b.Type == NodeType.Organisation) ?? bodies[^1]).EntityKey;
        if (a.Success)
            return discourse.LastBodyNamed(m.Groups["head"].Value)?.EntityKey;
        return bodies.Count > 0 ? bodies[0].EntityKey : null;
    }

    /// <summary>
    /// "two members of X", "A, a senior figure in X": a name in a prepositional phrase is part of a description,
    /// no item of the list.
    /// </summary>
    private static bool AfterOf(string text, int at)
    {
        var before = text[..at].TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
            before = before[..^4].TrimEnd();
        return Prepositions.Any(p => before.EndsWith(p, StringComparison.Ordinal));
    }

    private static readonly string[] Prepositions = [" of", " in", " at", " for", " from", " within", " inside"];

    /// <summary>"designated A, the X's leader": a possessor owns the target, it is not one.</summary>
    private static bool IsPossessor(string text, int at)
    {
        var end = text.IndexOf('\u27E7', at);
        return end > 0 && text.AsSpan(end + 1).StartsWith("'s", StringComparison.Ordinal);
    }

    /// <summary>
    /// "sanctions on A – a businessman it accused of financing X – and ...": a name inside a dashed description of
    /// the target before it (the aside opens with "a"/"an" and is not closed yet) is what the description is about.
    /// The masked text's dashes are ASCII already (" - ", " -- ").
    /// </summary>
    private static bool InDescription(string text, int from, int at)
    {
        var span = text.AsSpan(from, at - from);
        var open = span.LastIndexOf(" -", StringComparison.Ordinal);
        if (open < 0)
            return false;
        var aside = span[(open + 1)..].TrimStart('-');
        return aside.StartsWith(" a ", StringComparison.Ordinal) || aside.StartsWith(" an ", StringComparison.Ordinal);
    }

    private static IEnumerable<string> Targets(MaskedSentence sentence, Discourse discourse, Group t)
    {
        // "designated two members of X": a body named after "of" owns the targets, it is none of them
        var named = (t.Success ? sentence.Tokens(t.Index, t.Length) : [])
            .Where(x => x.Mention.Type is NodeType.Organisation or NodeType.Person && !AfterOf(sentence.Text, x.At) && !IsPossessor(sentence.Text, x.At)
                && !InDescription(sentence.Text, t.Index, x.At))
            .Select(x => x.Mention).ToList();
        if (named.Count > 0)
            return named.Select(x => x.EntityKey);
        return discourse.LastGroup is { } group ? [group] : [];
    }
}
