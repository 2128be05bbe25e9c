using System.Text.RegularExpressions;
using GraphBuilder.Graph;
using static GraphBuilder.Extraction.Relations.Fragments;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// attended: people "also present", "in the presence of", "attended by" -> the principal of the last
/// meeting (its host, or the person the article is about) or the named session; countries whose
/// delegations "took part" -> the session; people a delegation "included" -> the session (else the principal).
/// </summary>
internal sealed class PresencePatterns : IPatternFamily
{
    private const string SessionRef = @"(?<e>(?:[Tt]he\s+)?⟦E\d+⟧|\b[Tt]he\s+(?:[\w-]+\s+){0,3}?(?:dialogue|talks|session|plenary|round|summit|consultations|conference|forum)\b)";

    private static readonly Gated Present = new(@"(?<o>" + PersonList + @")(?:(?!⟦P|" + ClauseWord + @")[^;]){0,40}?,?\s+(?:were|was)\s+(?:also\s+)?(?<v>present)\b(?:\s+at\s+" + SessionRef + ")?", "present");

    private static readonly Gated InPresence = new(@"\b(?<v>in\s+the\s+presence\s+of)\s+" + Gap + @"{0,60}?(?<o>" + PersonList + ")", "presence");

    private static readonly Gated AttendedBy = new(@"(?:" + SessionRef + @"|\b[Tt]he\s+meeting\b)\s+(?:was|were)\s+(?:also\s+)?(?<v>attended)\s+by\s+" + Gap + @"{0,80}?(?<o>" + PersonList + ")", "attended by");

    private static readonly Gated Attended = new(@"(?<o>" + Person + @")" + SubjectGap + @"{0,40}?\b(?<v>attended|attends|participated\s+in|took\s+part\s+in)\s+" + SessionRef, "attend", "participat", "took part");

    private static readonly Gated Delegations = new(@"\b(?:[Dd]elegations?|[Oo]fficials|[Rr]epresentatives|[Tt]eams?|[Mm]inisters)\s+from\s+(?:the\s+)?(?<c>" + PlaceList + @")[^;]{0,80}?\b(?<v>took\s+part|participated|attended|were\s+present)", "took part", "participat", "attended", "present");

    private static readonly Gated Included = new(@"\b[Dd]elegations?\s+(?:also\s+)?(?<v>included|comprised|consisted\s+of)\s+" + Gap + @"{0,60}?(?<o>" + PersonList + ")", "included", "comprised", "consisted");

    /// <summary>The patterns whose matches name a person: a sentence without a person token skips them all.</summary>
    private static readonly Gated[] PersonPatterns = [Present, InPresence, AttendedBy, Attended];

    public IEnumerable<Found> Find(MaskedSentence sentence, Discourse discourse)
    {
        var found = new List<Found>();
        foreach (var regex in sentence.HasToken('P') ? PersonPatterns : [])
            foreach (Match m in regex.Matches(sentence.Text))
                Add(found, sentence, m, sentence.MentionsIn(m.Groups["o"], NodeType.Person).Select(p => p.EntityKey),
                    Target(sentence, discourse, m));
        foreach (Match m in Included.Matches(sentence.Text))
            Add(found, sentence, m, sentence.MentionsIn(m.Groups["o"], NodeType.Person).Select(p => p.EntityKey),
                discourse.LastEvent ?? discourse.Gathering);
        foreach (Match m in Delegations.Matches(sentence.Text))
            Add(found, sentence, m, sentence.MentionsIn(m.Groups["c"], NodeType.Country).Select(c => c.EntityKey),
                EventAfter(sentence, m) ?? discourse.LastEvent);
        return found;
    }

    private static void Add(List<Found> found, MaskedSentence sentence, Match m, IEnumerable<string> who, string? target)
    {
        var at = m.Groups["v"].Index;
        var status = Modality.Of(sentence.Text, at);
        if (status is null || target is null)
            return;
        found.AddRange(who.Select(w => new Found(w, Graph.Relations.Attended, target, at, status)));
    }

    /// <summary>The session named in the match, else the one "the dialogue" refers to, else the last gathering.</summary>
    private static string? Target(MaskedSentence sentence, Discourse discourse, Match m)
    {
        var e = m.Groups["e"];
        if (!e.Success)
            return discourse.Gathering;
        var events = sentence.MentionsIn(e, NodeType.Event);
        return events.Count > 0 ? events[0].EntityKey : discourse.LastEvent ?? discourse.Gathering;
    }

    private static string? EventAfter(MaskedSentence sentence, Match m) =>
        sentence.Tokens(m.Index, sentence.Text.Length - m.Index).Select(t => t.Mention)
            .FirstOrDefault(t => t.Type == NodeType.Event)?.EntityKey;
}
