using GraphBuilder.Graph;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// People as sanctions lists write them, family name first in capitals: an OFAC-style entry opening its line
/// ("BREKK, Olan (a.k.a. ...); DOB ...") and a UN-style entry with numbered name parts ("Name: 1: OLAN 2: BREKK
/// 3: na"). The label is the name in reading order, the capitals written as the rest of the name is ("Olan Brekk").
/// </summary>
internal sealed class ListEntries(EntityLexicons lexicons)
{
    private const int MaxParts = 4;

    public IEnumerable<RawMention> Find(List<Token> tokens, bool[] claimed)
    {
        if (FamilyFirst(tokens, claimed) is { } entry)
            yield return entry;
        if (NumberedParts(tokens, claimed) is { } parts)
            yield return parts;
    }

    /// <summary>"BREKK, Olan (", "AL-BREKKI, Olan Tarek;": capitals, a comma, given names, then a field's punctuation.</summary>
    private RawMention? FamilyFirst(List<Token> tokens, bool[] claimed)
    {
        var start = tokens.Count > 2 && tokens[0].Text is "-" or "•" or "*" or "–" ? 1 : 0;
        var k = start;
        while (k < tokens.Count && k - start < MaxParts && !claimed[k] && NameSurface.IsCapitalsWord(tokens[k].Text))
            k++;
        if (k == start || k + 1 >= tokens.Count || !tokens[k].IsPunctuation(',') || Known(tokens, start, k))
            return null;
        var m = k + 1;
        while (m < tokens.Count && m - k - 1 < MaxParts && !claimed[m] && IsGivenName(tokens[m]))
            m++;
        if (m == k + 1 || Known(tokens, k + 1, m) || m < tokens.Count && !FieldEnd(tokens, m) || !HasField(tokens, m))
            return null;
        var family = Enumerable.Range(start, k - start).Select(i => NameSurface.TitleCase(tokens[i].Text));
        var given = Enumerable.Range(k + 1, m - k - 1).Select(i => tokens[i].Text);
        return Person(tokens, start, m, string.Join(' ', given.Concat(family)));
    }

    /// <summary>"Name: 1: OLAN 2: TAREK 3: BREKK 4: na": the parts in their order, "na" (not available) left out.</summary>
    private static RawMention? NumberedParts(List<Token> tokens, bool[] claimed)
    {
        var at = tokens.FindIndex(t => t.Text == "Name");
        if (at < 0 || at + 4 >= tokens.Count || !tokens[at + 1].IsPunctuation(':'))
            return null;
        var words = new List<string>();
        var (first, last) = (-1, -1);
        var k = at + 2;
        while (k + 2 < tokens.Count && tokens[k].Kind == TokenKind.Number && tokens[k + 1].IsPunctuation(':'))
        {
            k += 2;
            for (; k < tokens.Count && tokens[k].IsWord && !claimed[k]; k++)
            {
                if (tokens[k].Text == "na")
                    continue;
                if (!NameSurface.IsCapitalsWord(tokens[k].Text))
                    return null;
                words.Add(NameSurface.TitleCase(tokens[k].Text));
                (first, last) = (first < 0 ? k : first, k + 1);
            }
        }
        return words.Count >= 2 ? Person(tokens, first, last, string.Join(' ', words)) : null;
    }

    private static readonly HashSet<string> FieldWords = new(StringComparer.OrdinalIgnoreCase)
        { "a.k.a.", "aka", "f.k.a.", "DOB", "POB", "nationality", "citizen", "passport", "born", "gender", "address" };

    /// <summary>An entry goes on with its fields ("a.k.a.", "DOB", "nationality"): "UPDATE, Olan Brekk." at a story's head is none.</summary>
    private static bool HasField(List<Token> tokens, int from)
    {
        for (var i = from; i < tokens.Count; i++)
            if (FieldWords.Contains(tokens[i].Text))
                return true;
        return false;
    }

    private static bool IsGivenName(Token t) => t.IsWord && t.IsCapitalised && !t.IsAcronym;

    /// <summary>What may follow the given names of an entry: its aliases, its fields, or the end of the line.</summary>
    private static bool FieldEnd(List<Token> tokens, int m) =>
        tokens[m].Text is ";" or "," or "." || tokens[m].IsPunctuation('(') && m + 1 < tokens.Count && !tokens[m + 1].IsAcronym;

    /// <summary>"LIMA, Peru": a place, a month or a known name is no entry.</summary>
    private bool Known(List<Token> tokens, int first, int last)
    {
        for (var i = first; i < last; i++)
            if (lexicons.Gazetteer.Longest(tokens, i, last).Length > 0 || lexicons.FunctionWords.Contains(tokens[i].Text)
                || lexicons.Titles.Longest(tokens, i, last).Length > 0 || lexicons.OrganisationWords.Longest(tokens, i, last).Length > 0)
                return true;
        return false;
    }

    private static RawMention Person(List<Token> tokens, int first, int last, string name) =>
        new(first, last, tokens[first].Start, tokens[last - 1].End, NodeType.Person, name, MentionKind.Named);
}
