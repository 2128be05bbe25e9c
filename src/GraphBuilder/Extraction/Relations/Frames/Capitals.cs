using GraphBuilder.Extraction.Entities;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// A capital standing for its government ("Washington designated X", "Canberra labelled X"): the first city
/// of each line of Lexicons/capital-cities.txt is the country's seat of government (the other cities there are
/// places a delegation travels to, never the government), compared without accents; it counts only where
/// the article names that country.
/// </summary>
internal static class Capitals
{
    private static readonly Dictionary<string, string> CountryOf = Lexicon.Lines("capital-cities")
        .Select(l => l.Split('|')).Where(p => p.Length >= 2)
        .GroupBy(p => NameKeys.Compact(p[1]), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First()[0].Trim(), StringComparer.Ordinal);

    public static string? Government(string placeName, Discourse discourse) =>
        CountryOf.TryGetValue(NameKeys.Compact(placeName), out var country) ? discourse.CountryNamed(country) : null;
}
