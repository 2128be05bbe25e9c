using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// condemned read across an article: the official who speaks of a group the article reports designated ("Australia
/// has listed X ... Minister A said the violent group was planning attacks", "'X poses a grave threat,' Secretary B
/// said") condemned it, as the gold reads such statements. The speaker is the one person the sentence names, with
/// a speech verb and a state office among their titles (a group's own spokesman has none); a speaker whose country
/// the article gives must be a designator's (a foreign minister of the listed side protesting is no condemnation),
/// and a member or leader of the group is never its condemner. The group is named in the statement, or referred to
/// by "the group", "the cartels" and the like: then it is what the last designation before the statement listed.
/// </summary>
internal static class DesignationStatements
{
    private static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "group", "groups", "organisation", "organization", "organisations", "organizations", "network", "networks",
        "movement", "militia", "militias", "outfit", "faction", "cartel", "cartels", "gang", "gangs",
    };

    private static readonly string[] StateOffices = Lexicon.Lines("state-offices").ToArray();

    public static IEnumerable<ExtractedRelation> Of(EntityAnalysis analysis, Discourse discourse, IReadOnlyList<ExtractedRelation> relations)
    {
        var designations = relations.Where(r => r.Relation == Graph.Relations.Designated && r.Status == EdgeStatus.Happened
            && discourse.Entity(r.TargetKey)?.Type == NodeType.Organisation).ToList();
        if (designations.Count == 0)
            return [];
        var homes = SessionVenues.Homes(relations, discourse.Entities);
        var designatorCountries = designations.Select(r => CountryOf(r.SourceKey, discourse)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return analysis.Sentences
            .Select(s => (Sentence: s, Speaker: Speaker(s, designations, discourse, homes, designatorCountries)))
            .Where(x => x.Speaker is not null)
            .SelectMany(x => Groups(x.Sentence, designations).Select(g => Condemnation(x.Speaker!, g, x.Sentence, analysis)))
            .Where(r => !relations.Any(o => o.SourceKey == r.SourceKey && o.TargetKey == r.TargetKey))
            .DistinctBy(r => (r.SourceKey, r.TargetKey)).ToList();
    }

    /// <summary>The one person a sentence with a speech verb names, when they hold a state office on a designator's side.</summary>
    private static string? Speaker(AnnotatedSentence s, List<ExtractedRelation> designations, Discourse discourse, Dictionary<string, ExtractedEntity> homes,
        HashSet<string> designatorCountries)
    {
        var people = s.Mentions.Where(m => m.Type == NodeType.Person).Select(m => m.EntityKey).Distinct().ToList();
        // "Minister A says Canada has listed X": the sentence that reports the act is no statement about the group
        if (people.Count != 1 || designations.Any(d => d.Evidence.Start == s.Sentence.Start) || !Words(s.Sentence.Text).Any(SpeechVerbs.Contains))
            return null;
        var person = discourse.Entity(people[0]);
        if (person is null || !person.Roles.Any(HoldsStateOffice))
            return null;
        var home = SessionVenues.HomeOf(person.Key, homes, discourse.Entities)
            ?? person.Countries.Select(c => SessionVenues.CountryForms.GetValueOrDefault(c) ?? c).FirstOrDefault();
        return home is null || designatorCountries.Contains(home) ? person.Key : null;
    }

    /// <summary>The designated groups the statement names, else those of the last designation before it when it says "the group".</summary>
    private static IEnumerable<ExtractedRelation> Groups(AnnotatedSentence s, List<ExtractedRelation> designations)
    {
        var before = designations.Where(d => d.Evidence.Start <= s.Sentence.Start).ToList();
        var named = before.Where(d => s.Mentions.Any(m => m.EntityKey == d.TargetKey)).ToList();
        if (named.Count > 0 || !RefersToGroup(s.Sentence.Text) || before.Count == 0)
            return named;
        var last = before.Max(d => d.Evidence.Start);
        return before.Where(d => d.Evidence.Start == last);
    }

    private static ExtractedRelation Condemnation(string speaker, ExtractedRelation designation, AnnotatedSentence s, EntityAnalysis analysis) =>
        new(speaker, Graph.Relations.Condemned, designation.TargetKey,
            new Evidence(analysis.Document.Id, s.Sentence.Text, s.Sentence.Start, s.Sentence.End), designation.Date);

    /// <summary>"the group", "these cartels", "the “violent, extremist group”": a group noun within five words after a determiner.</summary>
    private static bool RefersToGroup(string text)
    {
        var words = Words(text).ToList();
        for (var i = 0; i < words.Count; i++)
            if (GroupNouns.Contains(words[i]) && words.Skip(Math.Max(0, i - 5)).Take(Math.Min(i, 5))
                    .Any(w => w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("these", StringComparison.OrdinalIgnoreCase)))
                return true;
        return false;
    }

    private static bool HoldsStateOffice(string role) =>
        Words(role).Any(w => StateOffices.Contains(w, StringComparer.OrdinalIgnoreCase));

    /// <summary>A designator's country: the country itself, or one its name gives ("U.S. Treasury", "Australian Government").</summary>
    private static string? CountryOf(string key, Discourse discourse)
    {
        if (discourse.Entity(key) is not { } body)
            return null;
        if (body.Type == NodeType.Country)
            return SessionVenues.CountryForms.GetValueOrDefault(body.Name) ?? body.Name;
        return body.Name.Split(' ', '-').Select(w => SessionVenues.CountryForms.GetValueOrDefault(w)).FirstOrDefault(c => c is not null);
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    private static readonly char[] Separators = [' ', ',', '.', ';', ':', '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '(', ')', '-', '\n', '\r', '\t'];
}
