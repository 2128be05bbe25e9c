using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// visited read across an article: a session held in a city ("the second round of the E in L", "the E,
/// which took place in L") was travelled to by those who attended or co-chaired it for another country
/// (the country they lead a delegation of or hold a post in), never by the hosts. The city's country comes
/// from Lexicons/capital-cities.txt; a city not listed there gives no visit. A session the article gives no
/// venue for was held in its dateline city.
/// </summary>
internal static class SessionVenues
{
    private static readonly IReadOnlyDictionary<string, string> CountryOfCity =
        new Dictionary<string, string>(Lexicon.Forms("capital-cities"), StringComparer.OrdinalIgnoreCase);
    /// <summary>Every form of a country (short forms, adjectives) -> its canonical name.</summary>
    internal static readonly IReadOnlyDictionary<string, string> CountryForms = Lexicon.Forms("countries");

    public static IEnumerable<ExtractedRelation> Visits(EntityAnalysis analysis, Discourse discourse, IReadOnlyList<ExtractedRelation> relations)
    {
        var entities = discourse.Entities;
        // Only a session someone attended or co-chaired gives a visit: most articles have none, and then the
        // venues and the dateline need not be read.
        if (!relations.Any(IsSessionPresence))
            return [];
        var venues = Venues(analysis, entities);
        var home = Homes(relations, entities);
        if (discourse.Dateline is { } d)
            foreach (var r in relations.Where(r => r.Relation is Graph.Relations.Attended or Graph.Relations.CoChaired))
                venues.TryAdd(r.TargetKey, d);
        return relations.Where(IsSessionPresence)
            .Where(r => venues.ContainsKey(r.TargetKey) && HomeOf(r.SourceKey, home, entities) is { } country && country != venues[r.TargetKey].Country)
            .Select(r => new ExtractedRelation(r.SourceKey, Graph.Relations.Visited, venues[r.TargetKey].Place, venues[r.TargetKey].Evidence, r.Date))
            .DistinctBy(r => (r.SourceKey, r.TargetKey));
    }

    /// <summary>Each person's country as the relations give it: the country whose delegation they lead or in which they hold a post.</summary>
    internal static Dictionary<string, ExtractedEntity> Homes(IReadOnlyList<ExtractedRelation> relations, IReadOnlyDictionary<string, ExtractedEntity> entities) =>
        relations.Where(r => r.Relation is Graph.Relations.Led or Graph.Relations.MemberOf
                && entities.GetValueOrDefault(r.TargetKey)?.Type == NodeType.Country)
            .GroupBy(r => r.SourceKey).ToDictionary(g => g.Key, g => entities[g.First().TargetKey], StringComparer.Ordinal);

    private static bool IsSessionPresence(ExtractedRelation r) =>
        r.Relation is Graph.Relations.Attended or Graph.Relations.CoChaired && r.Status == EdgeStatus.Happened;

    /// <summary>The first listed city each session is said to be in: one session and a city after "in" in one sentence.</summary>
    private static Dictionary<string, (string Place, string Country, Evidence Evidence)> Venues(EntityAnalysis analysis, IReadOnlyDictionary<string, ExtractedEntity> entities)
    {
        var venues = new Dictionary<string, (string, string, Evidence)>(StringComparer.Ordinal);
        foreach (var s in analysis.Sentences)
        {
            var sessions = s.Mentions.Where(m => m.Type == NodeType.Event).Select(m => m.EntityKey).Distinct().ToList();
            if (sessions.Count != 1 || venues.ContainsKey(sessions[0]))
                continue;
            var city = s.Mentions.FirstOrDefault(m => m.Type == NodeType.Place && AfterIn(s.Sentence, m)
                && entities.TryGetValue(m.EntityKey, out var e) && CountryOfCity.ContainsKey(e.Name));
            if (city is not null)
                venues[sessions[0]] = (city.EntityKey, CountryOfCity[entities[city.EntityKey].Name],
                    new Evidence(analysis.Document.Id, s.Sentence.Text, s.Sentence.Start, s.Sentence.End));
        }
        return venues;
    }

    /// <summary>
    /// The city an article is filed from, where a session it names no venue for was held: a listed city that
    /// opens one of its first sentences as a dateline ("LIMA (Agency) -", "Lima: ...", "Lima" on its own line).
    /// </summary>
    internal static (string Place, string Country, Evidence Evidence)? Dateline(EntityAnalysis analysis, IReadOnlyDictionary<string, ExtractedEntity> entities)
    {
        foreach (var s in analysis.Sentences.Take(4))
        {
            var city = s.Mentions.FirstOrDefault(m => m.Start == s.Sentence.Start && m.Type == NodeType.Place
                && entities.TryGetValue(m.EntityKey, out var e) && CountryOfCity.ContainsKey(e.Name));
            var rest = city is null ? "" : s.Sentence.Text[(city.End - s.Sentence.Start)..].TrimStart(' ', '\t');
            if (city is not null && (rest.Length == 0 || rest[0] is ':' or '(' or '-' or '\u2013' or '\u2014' or ',' or '\n' or '\r' || char.IsDigit(rest[0])
                    || city.Text.All(c => !char.IsLetter(c) || char.IsUpper(c))))
                return (city.EntityKey, CountryOfCity[entities[city.EntityKey].Name],
                    new Evidence(analysis.Document.Id, s.Sentence.Text, s.Sentence.Start, s.Sentence.End));
        }
        return null;
    }

    /// <summary>
    /// The country a person acts for: the one whose delegation they lead or in which they hold a post (by its
    /// canonical name: a country first named by its adjective keeps that as its name), else the country a
    /// word of their title names ("the Ruritanian Secretary for Foreign Affairs").
    /// </summary>
    internal static string? HomeOf(string person, Dictionary<string, ExtractedEntity> home, IReadOnlyDictionary<string, ExtractedEntity> people)
    {
        if (home.TryGetValue(person, out var country))
            return CountryForms.GetValueOrDefault(country.Name) ?? country.Name;
        return people.GetValueOrDefault(person)?.Roles.SelectMany(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => CountryForms.GetValueOrDefault(w)).FirstOrDefault(c => c is not null);
    }

    /// <summary>"in L", not where a founding act took place ("the Agreement establishing the E, signed in L in 2004").</summary>
    private static bool AfterIn(Sentence sentence, Mention m)
    {
        var at = m.Start - sentence.Start;
        if (at < 3 || !sentence.Text.AsSpan(at - 3, 3).Equals("in ", StringComparison.OrdinalIgnoreCase))
            return false;
        var before = sentence.Text.AsSpan(0, at - 3).TrimEnd();
        var word = before[(before.LastIndexOf(' ') + 1)..];
        return !FoundingActs.Contains(word.ToString());
    }

    private static readonly HashSet<string> FoundingActs = new(StringComparer.OrdinalIgnoreCase)
    {
        "signed", "established", "founded", "created", "set", "adopted", "concluded", "launched", "agreed", "ratified",
    };
}
