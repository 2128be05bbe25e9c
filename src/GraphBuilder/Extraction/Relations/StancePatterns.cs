using System.Text.RegularExpressions;
using GraphBuilder.Text;
using GraphBuilder.Graph;
using static GraphBuilder.Extraction.Relations.Fragments;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// condemned (-> an attack or a group: "condemned the X attack", "condemned the group's campaign") and
/// praised (-> a person, country or body: "praised President X's efforts", "lauded Pakistan's efforts").
/// A body or country condemns too ("ECOWAS condemned the attack"): statements are often issued in its name.
/// </summary>
internal sealed class StancePatterns : IPatternFamily
{
    private const string GroupRef = @"\b[Tt]he\s+(?:group|organi[sz]ation|outfit|faction|network|militia|movement)\b";
    private const string AttackRef = @"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:attack|attacks|bombing|strike|killing|killings|assault|massacre|blast|explosion)\b";

    private const string SpeakerSubject = "(?<s>" + Person + "|" + Anaphor + @"|⟦[OC]\d+⟧)";

    private static readonly Gated Condemned = new(SpeakerSubject + SubjectGap + @"{0,60}?\b(?<v>condemned|condemns|denounced|denounces|deplored|deplores)\s+(?:[^;⟦.]{0,30}?)(?<t>(?:the\s+)?⟦[EO]\d+⟧|" + GroupRef + "|" + AttackRef + ")", "condemn", "denounc", "deplor");

    private static readonly Gated Praised = new(Subject + SubjectGap + @"{0,60}?\b(?<v>praised|praises|lauded|lauds|commended|commends|hailed|hails|applauded|applauds)\s+[""']?(?<o>[^;]{0,50})", "prais", "laud", "commend", "hail", "applaud");

    private static readonly Regex GroupWord = Patterns.Create(GroupRef, RegexOptions.CultureInvariant);

    private static readonly Regex AttackWord = Patterns.Create(@"\b(?:attacks?|bombings?|strikes?|killings?|assault|massacre|blast|explosion|shooting|downing|crash)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public IEnumerable<Found> Find(MaskedSentence sentence, Discourse discourse)
    {
        var found = new List<Found>();
        foreach (Match m in Condemned.Matches(sentence.Text))
            Add(found, sentence, discourse, m, Graph.Relations.Condemned, CondemnedTarget(sentence, discourse, m.Groups["t"]));
        foreach (Match m in Praised.Matches(sentence.Text))
            Add(found, sentence, discourse, m, Graph.Relations.Praised, PraisedTarget(sentence, m.Groups["o"]));
        return found;
    }

    private static void Add(List<Found> found, MaskedSentence sentence, Discourse discourse, Match m, string relation, string? target)
    {
        var at = m.Groups["v"].Index;
        var status = Modality.Of(sentence.Text, at);
        var subject = Body(sentence, m.Groups["s"]) ?? SubjectResolver.Resolve(sentence, m.Groups["s"], discourse);
        if (status is not null && subject is not null && target is not null)
            found.Add(new Found(subject, relation, target, at, status));
    }

    /// <summary>The organisation or country standing as the subject itself (not a person's title).</summary>
    private static string? Body(MaskedSentence sentence, Group s)
    {
        var named = sentence.MentionsIn(s);
        return named.Count > 0 && named[0].Type is NodeType.Organisation or NodeType.Country ? named[0].EntityKey : null;
    }

    private static string? CondemnedTarget(MaskedSentence sentence, Discourse discourse, Group t)
    {
        var named = sentence.MentionsIn(t);
        if (named.Count > 0)
            return named[0].EntityKey;
        if (GroupWord.IsMatch(t.Value))
            return discourse.LastGroup;
        // "condemned the attack" refers back to an attack the article named, never to the summit named last
        return discourse.LastEvent is { } e && discourse.Entity(e) is { } ev && AttackWord.IsMatch(ev.Name) ? e : null;
    }

    /// <summary>A person praised anywhere in the object ("US President X's efforts"), else a body or country right after the verb.</summary>
    private static string? PraisedTarget(MaskedSentence sentence, Group o)
    {
        var tokens = sentence.Tokens(o.Index, o.Length).ToList();
        var person = tokens.FirstOrDefault(t => t.Mention.Type == NodeType.Person).Mention;
        if (person is not null)
            return person.EntityKey;
        var first = tokens.FirstOrDefault(t => t.Mention.Type is NodeType.Country or NodeType.Organisation or NodeType.Event);
        return first.Mention is not null && first.At - o.Index <= 12 ? first.Mention.EntityKey : null;
    }
}
