using System.Text.RegularExpressions;
using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations;

/// <summary>met_with between people: "X met (with) Y", "X received Y", "Y was received by X", "a meeting between X and Y".</summary>
internal sealed partial class MeetingPatterns : IPatternFamily
{
    private const string Person = @"⟦P\d+⟧";
    private const string Gap = @"(?:(?!⟦P)[^;])";
    private const string PersonList = Person + @"(?:\s*(?:,|,?\s+and|&)\s+" + Gap + @"{0,60}?" + Person + ")*";

    [GeneratedRegex(@"(?<s>" + Person + @"|\b(?:[Hh]e|[Ss]he)\b)" + Gap + @"{0,70}?\b(?<v>met(?:\s+with)?|meets(?:\s+with)?|meet(?:\s+with)?|(?:held|holds|hold)\s+(?:\w+\s+){0,2}(?:talks|meetings?|discussions)\s+with|received|receives|receive|called\s+on|calls\s+on|call\s+on)\s+" + Gap + @"{0,80}?(?<o>" + PersonList + ")")]
    private static partial Regex Active();

    public IEnumerable<Found> Find(MaskedSentence sentence, Discourse discourse)
    {
        foreach (Match m in Active().Matches(sentence.Text))
        {
            var status = Modality.Of(sentence.Text, m.Groups["v"].Index);
            if (status is null)
                continue;
            var subject = SubjectKey(sentence, m.Groups["s"], discourse);
            if (subject is null)
                continue;
            foreach (var o in sentence.MentionsIn(m.Groups["o"], NodeType.Person))
                yield return new Found(subject, Graph.Relations.MetWith, o.EntityKey, status);
        }
    }

    private static string? SubjectKey(MaskedSentence sentence, Group s, Discourse discourse)
    {
        var persons = sentence.MentionsIn(s, NodeType.Person);
        return persons.Count > 0 ? persons[0].EntityKey : discourse.LastSubject;
    }
}
