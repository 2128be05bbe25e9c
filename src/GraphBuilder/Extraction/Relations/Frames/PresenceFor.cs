using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// "A was in Davos for the World Economic Forum", "B is in New York for the General Assembly": a person placed in a
/// city for a named session attended it. No frame says this: the place, not a verb, heads the clause ("was" is its
/// copula), so it is read here from the place's own dependents. "will be in L for the E" is planned; "was not" nothing.
/// </summary>
internal static class PresenceFor
{
    public static IEnumerable<Found> Of(FrameSentence sentence, MaskedSentence masked)
    {
        foreach (var place in sentence.Words)
        {
            if (sentence.MentionOf(place) is not { Type: NodeType.Place or NodeType.Country } || sentence.CaseOf(place) != "in"
                || !sentence.Children(place, "cop").Any(c => sentence.Lemma(c) == "be")
                || sentence.Children(place).Any(c => c.Relation == "advmod" && sentence.Lemma(c) is "not" or "never"))
                continue;
            var session = sentence.Children(place).FirstOrDefault(c => c.Relation is "nmod" or "obl" && sentence.CaseOf(c) == "for"
                && sentence.MentionOf(c) is { Type: NodeType.Event });
            var subject = sentence.Children(place, "nsubj").FirstOrDefault();
            var person = subject is null ? null : sentence.MentionOf(subject) is { Type: NodeType.Person } ? subject : sentence.PersonNamedBy(subject);
            if (session is null || person is null)
                continue;
            var status = sentence.Children(place).Any(c => c.Relation == "aux" && sentence.Lemma(c) is "will" or "shall" or "would")
                ? EdgeStatus.Planned : EdgeStatus.Happened;
            yield return new Found(sentence.MentionOf(person)!.EntityKey, Graph.Relations.Attended, sentence.MentionOf(session)!.EntityKey,
                masked.IndexOf(place.Start), status);
        }
    }
}
