using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>Dashes that stand inside a name: a pair of countries written with an en dash, tight or spaced.</summary>
internal sealed partial class Chunker
{
    /// <summary>"Chile–Peru" with an en dash: a pair of countries written tight, like "Chile-Peru".</summary>
    private bool CountryDash(List<Token> tokens, int j) =>
        j > 0 && j + 1 < tokens.Count && tokens[j - 1].End == tokens[j].Start && tokens[j].End == tokens[j + 1].Start
        && lexicons.CountryOf(tokens[j - 1].Text) is not null && lexicons.CountryOf(tokens[j + 1].Text) is not null;

    /// <summary>
    /// "Sri Lanka - Maldives Joint Commission": a spaced dash between two countries inside a body's name, when a body's
    /// marker or head follows the second ("Pakistan - India relations" stays apart).
    /// </summary>
    private bool SpacedCountryDash(List<Token> tokens, int j)
    {
        if (j == 0 || j + 1 >= tokens.Count || tokens[j - 1].End == tokens[j].Start || tokens[j].End == tokens[j + 1].Start
            || !CountryEndsAt(tokens, j) || lexicons.Gazetteer.Longest(tokens, j + 1) is not { Length: > 0 } second
            || second.Value!.Type != Graph.NodeType.Country)
            return false;
        var after = j + 1 + second.Length;
        return after < tokens.Count && (lexicons.BodyMarkers.Longest(tokens, after).Length > 0 || lexicons.BodyHeads.Longest(tokens, after).Length > 0);
    }

    private bool CountryEndsAt(List<Token> tokens, int j)
    {
        for (var k = Math.Max(0, j - 3); k < j; k++)
            if (lexicons.Gazetteer.Longest(tokens, k, j) is { Length: > 0 } known && k + known.Length == j && known.Value!.Type == Graph.NodeType.Country)
                return true;
        return false;
    }
}
