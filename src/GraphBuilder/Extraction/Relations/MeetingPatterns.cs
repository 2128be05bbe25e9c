using System.Text.RegularExpressions;
using GraphBuilder.Text;
using GraphBuilder.Graph;
using static GraphBuilder.Extraction.Relations.Fragments;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// met_with between people: "X met (with) Y", "X held talks with Y", "X received Y", "X called on Y" (not
/// "called on Y to act"), "Y was received by X", "a meeting between X and Y", "In a meeting with Y, X ...",
/// and "X and Y discussed ..." when the next sentence speaks of "the meeting". Lists give one edge each.
/// </summary>
internal sealed partial class MeetingPatterns : IPatternFamily
{
    private const string Verb =
        @"(?:met|meets?|(?:held|holds?|had|has)\s+(?:\w+\s+){0,3}?(?:talks|meetings?|discussions|a\s+meeting)(?:\s+\w+){0,3}?\s+with|" +
        @"(?:received|receives?)(?!\s+by\b)|called\s+on|calls?\s+on|paid\s+a\s+(?:\w+\s+)?(?:call|visit)\s+on)";

    /// <summary>
    /// Interpreted: .NET 10's compiled code for this pattern throws IndexOutOfRange on real sentences. The words
    /// after the object are only looked at (a lookahead), so a second "where she met Z" in them is still matched.
    /// A person after "of (the)" is someone's principal, not whom they met ("received the Envoy of the President, B").
    /// </summary>
    private static readonly Gated Active = Gated.Interpreted(Subject + SubjectGap + @"{0,80}?\b(?<v>" + Verb + @")(?:\s+with)?\s+" + Gap + @"{0,80}?(?=⟦P)(?<!\bof\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3})(?<o>" + PersonList + @")(?=(?<after>\s+[^;]{0,60})|)", "met", "meet", "talks", "meeting", "discussion", "receiv", "call");

    /// <summary>
    /// What every Active match holds: a verb of Verb at a word start, then whitespace and, in the same clause,
    /// a person token. Active runs interpreted (slow) and most sentences with "call" or "meeting" lack this,
    /// so this cheap compiled check skips them; it is looser than Active, so it never drops a match.
    /// </summary>
    private static readonly Regex ActiveCue = Patterns.Create(@"\b(?:met|meets?|receive[sd]?|call(?:s|ed)?|talks|meetings?|discussions|paid)\s[^;]*?⟦P", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Gated Passive = new(@"(?<o>" + Person + @"|\b[Hh]e\b|\b[Ss]he\b)" + Gap + @"{0,60}?\b(?<v>(?:was|were|had been|has been)\s+(?:\w+\s+)?received\s+by)\s+" + Gap + @"{0,60}?(?<s>" + Person + ")", "received by");

    private static readonly Gated Between = new(@"\b(?<v>(?:meeting|talks|meetings)\s+between)\s+" + Gap + @"{0,60}?(?<a>" + Person + @")(?:,[^;]{0,80}?,)?\s+and\s+" + Gap + @"{0,60}?(?<b>" + Person + ")", "between");

    private static readonly Gated InAMeeting = new(@"\b(?<v>(?:[Ii]n|[Dd]uring|[Aa]t)\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+){0,2}?(?:meeting|talks|discussions?)\s+with)\s+" + Gap + @"{0,80}?(?<o>" + Person + @")[^;]{0,100}?,\s+" + Gap + @"{0,60}?(?<s>" + Person + @"|\b[Hh]e\b|\b[Ss]he\b)", "meeting with", "talks with", "discussion with", "discussions with");

    private static readonly Gated JointlyDiscussed = new(@"(?<a>" + Person + @")\s+and\s+" + Gap + @"{0,60}?(?<b>" + Person + @")" + Gap + @"{0,30}?\b(?<v>discussed|reviewed|talked|held\s+talks|exchanged\s+views)\b", "discuss", "review", "talk", "exchang");

    private static readonly Regex TheMeeting = Patterns.Create(@"\b(?:the|this|that)\s+(?:\w+\s+)?(?:meeting|talks)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>"called on the parties to agree": an appeal, not a visit.</summary>
    private static readonly Regex Urging = Patterns.Create(@"^\s*[^;]{0,40}?\bto\s+(?!the\b|a\b|an\b)[a-z]+", RegexOptions.CultureInvariant);

    public IEnumerable<Found> Find(MaskedSentence sentence, Discourse discourse)
    {
        var found = new List<Found>();
        // Every meeting pattern names at least one person.
        if (!sentence.HasToken('P'))
            return found;
        foreach (Match m in Active.MayMatch(sentence.Text) && ActiveCue.IsMatch(sentence.Text) ? Active.Matches(sentence.Text) : [])
        {
            if (m.Groups["v"].Value.StartsWith("call", StringComparison.Ordinal) && Urging.IsMatch(m.Groups["after"].Value))
                continue;
            Add(found, sentence, discourse, m, SubjectResolver.Resolve(sentence, m.Groups["s"], discourse), host: true);
        }
        foreach (Match m in Passive.Matches(sentence.Text))
            Add(found, sentence, discourse, m, SubjectResolver.Resolve(sentence, m.Groups["s"], discourse), host: true);
        foreach (Match m in InAMeeting.Matches(sentence.Text))
            Add(found, sentence, discourse, m, SubjectResolver.Resolve(sentence, m.Groups["s"], discourse), host: true);
        foreach (Match m in Between.Matches(sentence.Text))
            AddPair(found, sentence, discourse, m);
        // The pair's matches first: most sentences have none, and then "the meeting" need not be looked for.
        var pairs = JointlyDiscussed.Matches(sentence.Text);
        if (pairs.Count > 0 && (TheMeeting.IsMatch(sentence.NextText) || TheMeeting.IsMatch(sentence.Text)))
            foreach (var m in pairs)
                AddPair(found, sentence, discourse, m);
        return found;
    }

    private static void Add(List<Found> found, MaskedSentence sentence, Discourse discourse, Match m, string? subject, bool host)
    {
        var at = m.Groups["v"].Index;
        var status = Modality.Of(sentence.Text, at);
        if (subject is null || status != EdgeStatus.Happened)
            return;
        var others = SubjectResolver.ResolveAll(sentence, m.Groups["o"], discourse).Where(o => o != subject).ToList();
        foreach (var other in others)
            found.Add(new Found(subject, Graph.Relations.MetWith, other, at, status));
        if (others.Count > 0 && host)
            discourse.NoteMeeting(subject);
    }

    /// <summary>A meeting named without a host: the principal is whichever of the two the article mentions more.</summary>
    private static void AddPair(List<Found> found, MaskedSentence sentence, Discourse discourse, Match m)
    {
        var at = m.Groups["v"].Index;
        if (Modality.Of(sentence.Text, at) != EdgeStatus.Happened)
            return;
        var a = sentence.MentionsIn(m.Groups["a"], NodeType.Person)[0].EntityKey;
        var b = sentence.MentionsIn(m.Groups["b"], NodeType.Person)[0].EntityKey;
        if (a == b)
            return;
        found.Add(new Found(a, Graph.Relations.MetWith, b, at));
        discourse.NoteMeeting(discourse.MentionCount(b) > discourse.MentionCount(a) ? b : a);
    }
}
