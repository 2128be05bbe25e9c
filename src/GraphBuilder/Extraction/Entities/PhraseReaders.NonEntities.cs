using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>Capitalised runs that name nothing the graph holds: the non-entities lexicon's phrases, vessels and regions' adjectives.</summary>
internal sealed partial class PhraseReaders
{
    /// <summary>Prefixes of a ship's name ("the MV Silver Heron issue"): a vessel is none of the graph's kinds.</summary>
    private static readonly HashSet<string> VesselPrefixes = new(StringComparer.Ordinal) { "MV", "M/V", "MT", "M/T" };

    private static readonly HashSet<string> Compass = new(StringComparer.Ordinal)
        { "South", "North", "East", "West", "Southeast", "Southwest", "Northeast", "Northwest", "Southern", "Northern", "Eastern", "Western", "Central", "Latin", "Middle" };

    private static readonly HashSet<string> ContinentAdjectives = new(StringComparer.Ordinal) { "Asian", "African", "American", "European", "Eastern" };

    /// <summary>
    /// "the key Southeast Asian country": a region's adjective alone is no name (it read as a person's two name words);
    /// only the whole run, since "Southern African Development Community" is a body; and no country's adjective
    /// ("the South African delegation").
    /// </summary>
    private bool IsRegionalAdjective(List<Token> tokens, int p, int last) =>
        last - p == 2 && Compass.Contains(tokens[p].Text) && ContinentAdjectives.Contains(tokens[p + 1].Text)
        && lexicons.Gazetteer.Longest(tokens, p, last).Length < 2;

    public int? NonEntity(List<Token> tokens, int p, int last)
    {
        if (p + 1 < last && VesselPrefixes.Contains(tokens[p].Text) || IsRegionalAdjective(tokens, p, last))
            return last;
        var n = lexicons.NonEntities.Longest(tokens, p, last).Length;
        if (n > 1 || n == 1 && p + 1 == last)
            return p + n;
        return lexicons.NonEntities.Contains(tokens[last - 1].Key) && last - p > 1 && !roles.StartsRole(tokens, p, last) ? last : null;
    }
}
