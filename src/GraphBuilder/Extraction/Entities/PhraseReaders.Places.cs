using GraphBuilder.Graph;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>Place patterns ("Lake Chad", "Kebbi State") and hyphenated country pairs ("Indo-Pak").</summary>
internal sealed partial class PhraseReaders
{
    /// <summary>"Indo-Pak", "Peru-Chile": a hyphenated word whose parts are all countries gives one mention each.</summary>
    public IReadOnlyList<RawMention> CountryPair(List<Token> tokens, int p)
    {
        var t = tokens[p];
        var parts = t.Text.Split('-');
        if (parts.Length < 2)
            return [];
        var found = new List<RawMention>();
        var offset = t.Start;
        foreach (var part in parts)
        {
            if (!lexicons.Gazetteer.TryGet(part, out var known) || known!.Type != NodeType.Country)
                return [];
            found.Add(new RawMention(p, p + 1, offset, offset + part.Length, NodeType.Country, known.Canonical, MentionKind.Named));
            offset += part.Length + 1;
        }
        return found;
    }

    public bool PlaceBefore(List<Token> tokens, int p) =>
        p >= 1 && lexicons.PlaceBefore.Longest(tokens, p - 1, p).Length == 1
        || p >= 2 && lexicons.PlaceBefore.Longest(tokens, p - 2, p).Length == 2;

    public RawMention? Place(List<Token> tokens, int p, int last)
    {
        for (var a = p + 1; a < last; a++)
            if (tokens[a].Text == "and")
                last = a;
        var prefix = lexicons.PlacePrefixes.Longest(tokens, p, last).Length;
        if (prefix > 0 && p + prefix < last)
            return Make(tokens, p, Math.Min(last, p + prefix + 2), NodeType.Place);
        for (var q = p + 1; q < last; q++)
            if (lexicons.PlaceSuffixes.Longest(tokens, q, last).Length is var n and > 0)
                return Make(tokens, p, OfPlace(tokens, q + n, last), NodeType.Place);
        if (last - p <= 2 && last < tokens.Count && lexicons.PlaceNouns.Longest(tokens, last).Length > 0)
            return Make(tokens, p, last, NodeType.Place);
        return null;
    }

    /// <summary>"Northern District of Ruritania": a place word's "of" tail naming a known place belongs to the name.</summary>
    private int OfPlace(List<Token> tokens, int end, int last)
    {
        if (end + 1 >= last || tokens[end].Text != "of")
            return end;
        var g = lexicons.Gazetteer.Longest(tokens, end + 1, last);
        return g.Length > 0 && g.Value!.Type is NodeType.Place or NodeType.Country ? end + 1 + g.Length : end;
    }
}
