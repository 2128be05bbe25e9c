using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations;

/// <summary>The article's dateline city, for arrivals that name no place ("NEW DELHI - ... B arrived on Friday").</summary>
internal sealed partial class Discourse
{
    private (string Place, string Country, Evidence Evidence)? _dateline;
    private bool _datelineRead;

    /// <summary>The city the article is filed from and its country (SessionVenues.Dateline), read once, when first asked.</summary>
    public (string Place, string Country, Evidence Evidence)? Dateline
    {
        get
        {
            if (!_datelineRead)
                (_dateline, _datelineRead) = (SessionVenues.Dateline(analysis, _entities), true);
            return _dateline;
        }
    }

    /// <summary>
    /// The dateline city, for travellers whose country (by their title) is another: a foreigner who "arrived" with no
    /// place named came to where the article was filed; a local, or one whose country is unknown, says nothing.
    /// </summary>
    public IReadOnlyList<string> DatelineFor(IReadOnlyCollection<string> travellers)
    {
        if (Dateline is not { } dateline || travellers.Count == 0)
            return [];
        var homes = new Dictionary<string, ExtractedEntity>(StringComparer.Ordinal);
        return travellers.All(t => HomeOf(t, homes) is { } home && !string.Equals(home, dateline.Country, StringComparison.OrdinalIgnoreCase))
            ? [dateline.Place] : [];
    }

    /// <summary>The country a title names: "Peruvian Foreign Minister A", or the one country the entity stage saw with the person.</summary>
    private string? HomeOf(string person, Dictionary<string, ExtractedEntity> homes) =>
        SessionVenues.HomeOf(person, homes, _entities)
        ?? (_entities.GetValueOrDefault(person)?.Countries is { Count: 1 } countries ? countries.First() : null);
}
