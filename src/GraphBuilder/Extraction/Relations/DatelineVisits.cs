using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// visited read from a dateline: a meeting whose sentence names no place, in an article filed from a listed
/// city, took place there when one of the two acts for that city's country (the host) and the other for
/// another country, who travelled ("NAIROBI - Kenya's minister A hosted her British counterpart B"). Two
/// foreigners, or a pair whose countries are unknown, give nothing: a dateline says where the article was
/// written, which is not always where the people it reports on met; nor does a host the article has
/// travelling ("on his return from a visit to Lebanon ... He also met B") host at home.
/// </summary>
internal static class DatelineVisits
{
    public static IEnumerable<ExtractedRelation> Of(Discourse discourse, IReadOnlyList<ExtractedRelation> relations)
    {
        var entities = discourse.Entities;
        var meetings = relations.Where(r => r.Relation == Graph.Relations.MetWith && r.Status == EdgeStatus.Happened).ToList();
        if (meetings.Count == 0)
            return [];
        if (discourse.Dateline is not { } dateline)
            return [];
        // a sentence that names where its meeting was held has its visit already
        var visits = relations.Where(r => r.Relation == Graph.Relations.Visited).ToList();
        var placed = visits.Select(r => r.Evidence.Start).ToHashSet();
        var away = visits.Select(r => r.SourceKey).ToHashSet(StringComparer.Ordinal);
        var homes = SessionVenues.Homes(relations, entities);
        return meetings.Where(m => !placed.Contains(m.Evidence.Start))
            .SelectMany(m => Guests(m, dateline.Country, p => SessionVenues.HomeOf(p, homes, entities)))
            .Where(g => !away.Contains(g.Host))
            .Select(g => new ExtractedRelation(g.Guest, Graph.Relations.Visited, dateline.Place, g.Meeting.Evidence, g.Meeting.Date))
            .DistinctBy(r => r.SourceKey).ToList();
    }

    private static IEnumerable<(string Guest, string Host, ExtractedRelation Meeting)> Guests(ExtractedRelation meeting, string country, Func<string, string?> home)
    {
        var (a, b) = (home(meeting.SourceKey), home(meeting.TargetKey));
        if (a == country && b is not null && b != country)
            yield return (meeting.TargetKey, meeting.SourceKey, meeting);
        if (b == country && a is not null && a != country)
            yield return (meeting.SourceKey, meeting.TargetKey, meeting);
    }
}
