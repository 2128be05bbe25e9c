namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// A capital standing for its government ("Washington designated X", "Canberra labelled X"):
/// Lexicons/capitals.txt maps the capital to the country, which counts only where the article names it.
/// </summary>
internal static class Capitals
{
    private static readonly Dictionary<string, string> CountryOf = Lexicon.Lines("capitals")
        .Select(l => l.Split('|')).Where(p => p.Length == 2)
        .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);

    public static string? Government(string placeName, Discourse discourse) =>
        CountryOf.TryGetValue(placeName, out var country) ? discourse.CountryNamed(country) : null;
}
