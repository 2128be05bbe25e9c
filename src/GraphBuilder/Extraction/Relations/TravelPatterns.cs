using System.Text.RegularExpressions;
using GraphBuilder.Text;
using GraphBuilder.Graph;
using static GraphBuilder.Extraction.Relations.Fragments;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// visited (person -> country or place: "visited X", "a visit to X", "on a visit to X", "arrived in X",
/// "In X, P toured ...") and led (person -> the country of the delegation and the session it attends:
/// "led a US delegation to P to participate in the E", "led a delegation of Irish officials to X").
/// </summary>
internal sealed class TravelPatterns : IPatternFamily
{
    private const string CountryRef = @"(?<t>(?:the\s+)?" + PlaceList + @"|\bthe\s+country\b)";

    private static readonly Gated Visited = new(Subject + SubjectGap + @"{0,60}?\b(?<v>visited|visits|toured|tours|arrived\s+in|travell?ed\s+to|flew\s+to|(?:was|is|were|are)\s+in|will\s+visit|will\s+travel\s+to)\s+" + CountryRef, "visit", "tour", "arrived", "travel", "flew", "was in", "is in", "were in", "are in");

    private static readonly Gated VisitTo = new(Subject + @"(?:(?!⟦P)[^;]){0,100}?\b(?<v>visit|trip)\s+to\s+" + CountryRef, "visit to", "trip to");

    private static readonly Gated InPlace = new(@"\b[Ii]n\s+(?<t>⟦L\d+⟧),\s+(?<s>" + Person + @"|\b[Hh]e\b|\b[Ss]he\b)\s+(?:also\s+)?(?<v>toured|inspected|visited|met|held|addressed|opened|laid)\b", "in ⟦L");

    private static readonly Gated LedDelegation = new(Subject + SubjectGap + @"{0,80}?\b(?<v>led|leads|lead|headed|heads|head)\s+(?:a|an|the|his|her)\s+(?<d>[^;⟦]{0,40}?(?:⟦C\d+⟧[^;⟦]{0,30}?)?\bdelegation\b(?:\s+(?:of|from)\s+(?:[\w-]+\s+){0,2}?⟦C\d+⟧)?)(?<rest>[^;]{0,200})", "delegation");

    private static readonly Regex Destination = Patterns.Create(@"^(?:[^;⟦]|⟦[OC]\d+⟧){0,60}?\bto\s+(?:the\s+)?(?<t>" + PlaceList + ")", RegexOptions.CultureInvariant);

    private static readonly Regex Session = Patterns.Create(@"\b(?:participate|take\s+part|attend|join)\s+(?:in\s+)?(?:the\s+)?(?<e>⟦E\d+⟧)|\b(?:to|at|for)\s+the\s+(?<e>⟦E\d+⟧)", RegexOptions.CultureInvariant);

    public IEnumerable<Found> Find(MaskedSentence sentence, Discourse discourse)
    {
        var found = new List<Found>();
        foreach (var regex in NamesPlace(sentence) ? [Visited, VisitTo, InPlace] : Array.Empty<Gated>())
            foreach (Match m in regex.Matches(sentence.Text))
                Add(found, sentence, m, Graph.Relations.Visited, Travellers(sentence, discourse, m), Places(sentence, discourse, m.Groups["t"]));
        foreach (Match m in LedDelegation.Matches(sentence.Text))
            AddDelegation(found, sentence, discourse, m);
        return found;
    }

    /// <summary>Whether a visit's place can be there: a country or place token, or "the country" (CountryRef).</summary>
    private static bool NamesPlace(MaskedSentence sentence) =>
        sentence.HasToken('C') || sentence.HasToken('L') || sentence.Text.Contains("country", StringComparison.Ordinal);

    private static void AddDelegation(List<Found> found, MaskedSentence sentence, Discourse discourse, Match m)
    {
        var leader = Travellers(sentence, discourse, m).Take(1).ToList();
        var country = sentence.MentionsIn(m.Groups["d"], NodeType.Country).Select(c => c.EntityKey);
        var rest = m.Groups["rest"];
        var session = Session.Match(rest.Value);
        var events = session.Success ? sentence.MentionsIn(rest.Index + session.Groups["e"].Index, session.Groups["e"].Length, NodeType.Event) : [];
        Add(found, sentence, m, Graph.Relations.Led, leader, country.Concat(events.Select(e => e.EntityKey)));
        var destination = Destination.Match(rest.Value);
        if (destination.Success)
            Add(found, sentence, m, Graph.Relations.Visited, leader,
                sentence.MentionsIn(rest.Index + destination.Groups["t"].Index, destination.Groups["t"].Length).Select(t => t.EntityKey));
    }

    private static void Add(List<Found> found, MaskedSentence sentence, Match m, string relation, IEnumerable<string> who, IEnumerable<string> targets)
    {
        var at = m.Groups["v"].Index;
        var status = Modality.Of(sentence.Text, at);
        if (status is null)
            return;
        var targetList = targets.ToList();
        foreach (var w in who)
            found.AddRange(targetList.Select(t => new Found(w, relation, t, at, status)));
    }

    /// <summary>The subject, and with it the people of a subject phrase ("X and a delegation ..., including A and B, visited").</summary>
    private static IEnumerable<string> Travellers(MaskedSentence sentence, Discourse discourse, Match m)
    {
        var subject = SubjectResolver.Resolve(sentence, m.Groups["s"], discourse);
        if (subject is null)
            return [];
        var v = m.Groups["v"].Index;
        var before = sentence.Text.AsSpan(0, v);
        if (!before.Contains("including", StringComparison.Ordinal) && !before.Contains("accompanied by", StringComparison.Ordinal))
            return [subject];
        var quoted = sentence.IsQuoted(v);
        return sentence.Tokens(0, v).Where(t => t.Mention.Type == NodeType.Person && sentence.IsQuoted(t.At) == quoted)
            .Select(t => t.Mention.EntityKey).Append(subject).Distinct();
    }

    /// <summary>The countries and places named, or for "the country" the last country named before.</summary>
    private static IEnumerable<string> Places(MaskedSentence sentence, Discourse discourse, Group t)
    {
        var named = sentence.MentionsIn(t).Where(p => p.Type is NodeType.Country or NodeType.Place).Select(p => p.EntityKey).ToList();
        if (named.Count > 0 || !t.Success)
            return named;
        var before = sentence.Tokens(0, t.Index).Select(x => x.Mention).LastOrDefault(x => x.Type == NodeType.Country);
        var country = before?.EntityKey ?? discourse.LastCountry;
        return country is null ? [] : [country];
    }
}
