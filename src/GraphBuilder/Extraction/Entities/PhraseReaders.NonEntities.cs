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

    private static readonly HashSet<string> TextParts = new(StringComparer.Ordinal) { "Chapter", "Article", "Section", "Paragraph", "Clause", "Part", "Schedule" };

    private static bool IsNumeral(Token t) =>
        t.Kind == TokenKind.Number || t.Text.Length <= 5 && t.Text.All(c => c is 'I' or 'V' or 'X' or 'L');

    /// <summary>The words of a state's official style before "of" and its country's name ("the Hashemite Kingdom of X").</summary>
    private static readonly HashSet<string> StateWords = new(StringComparer.Ordinal)
        { "Kingdom", "Republic", "Sultanate", "Emirate", "State", "Federation", "Principality", "Commonwealth" };

    public int? NonEntity(List<Token> tokens, int p, int last)
    {
        if (p + 1 < last && VesselPrefixes.Contains(tokens[p].Text) || IsRegionalAdjective(tokens, p, last))
            return last;
        if (StateStyle(tokens, p, last) is var of and > 0)
            return of;
        // "Chapter VII", "Article 19", "Section 18(1)": a part of a text, numbered
        if (p + 1 < tokens.Count && TextParts.Contains(tokens[p].Text) && IsNumeral(tokens[p + 1]))
            return p + 2;
        var n = lexicons.NonEntities.Longest(tokens, p, last).Length;
        if (n > 1 || n == 1 && p + 1 == last)
            return p + n;
        return lexicons.NonEntities.Contains(tokens[last - 1].Key) && last - p > 1 && !roles.StartsRole(tokens, p, last) ? last : null;
    }

    /// <summary>
    /// "the Hashemite Kingdom of Jordan", "the Plurinational State of Bolivia": capitalised words of a state's style
    /// ending in a state word before "of" and a country name no entity of their own (the country is read after the
    /// "of"); the index of that "of", or -1. Only with a modifier ("State of X" alone is read as before), and not for
    /// a style the gazetteer knows whole ("Islamic Republic of Iran").
    /// </summary>
    private int StateStyle(List<Token> tokens, int p, int last)
    {
        var k = p;
        while (k < last && k - p < 4 && tokens[k].IsCapitalised && !StateWords.Contains(tokens[k].Text))
            k++;
        // the gazetteer only after the words fit: this runs at every position of every capitalised run
        if (k == p || k + 2 >= last || !StateWords.Contains(tokens[k].Text) || tokens[k + 1].Text != "of"
            || lexicons.Gazetteer.Longest(tokens, p, last).Length > 0)
            return -1;
        var country = tokens[k + 2].Text == "the" ? k + 3 : k + 2;
        return country < last && lexicons.Gazetteer.Longest(tokens, country, last) is { Length: > 0, Value.Type: Graph.NodeType.Country } ? k + 1 : -1;
    }
}
