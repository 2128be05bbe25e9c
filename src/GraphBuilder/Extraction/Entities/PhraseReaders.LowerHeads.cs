using GraphBuilder.Graph;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>Names headed by a lower-case word: "Islamabad police", "the Austrian interior ministry", "Delegation-level talks".</summary>
internal sealed partial class PhraseReaders
{
    /// <summary>
    /// "Islamabad police", "Colombian police", "the Austrian interior ministry": a place or country followed by
    /// a lower-case force, or by a ministry with its lower-case portfolio words (a bare "the interior ministry"
    /// names no country and stays no entity).
    /// </summary>
    private RawMention? LowerOrganisation(List<Token> tokens, int p, int last)
    {
        var g = lexicons.Gazetteer.Longest(tokens, p, last);
        if (g.Length == 0 || p + g.Length != last || last >= tokens.Count || g.Value!.Type == NodeType.Organisation)
            return null;
        if (tokens[last].Text is "police" or "army" or "navy")
            return Make(tokens, p, last + 1, NodeType.Organisation);
        var k = last;
        while (k < tokens.Count && !tokens[k].IsCapitalised && lexicons.Modifiers.Longest(tokens, k, k + 1).Length > 0)
            k++;
        return k > last && k < tokens.Count && tokens[k].Text == "ministry" ? Make(tokens, p, k + 1, NodeType.Organisation) : null;
    }

    private int LowerHeadAfter(List<Token> tokens, int p, int last)
    {
        var countriesOnly = CountriesOnly(tokens, p, last);
        // "Delegation-level talks were held": a sentence's first word is capitalised as any, no name before the head
        if (p == 0 && last == 1 && !countriesOnly && !tokens[0].IsAcronym && lexicons.Gazetteer.Longest(tokens, 0, 1).Length == 0
            && lexicons.EventTopics.Longest(tokens, 0).Length == 0)
            return -1;
        var target = lexicons.EventTargets.Longest(tokens, last).Length;
        var incident = lexicons.EventIncidents.Longest(tokens, last + target).Length;
        if (incident > 0 && !countriesOnly)
            return last + target + incident;
        var lower = LowerHeadLength(tokens, last, needsTopic: countriesOnly);
        return lower > 0 ? ListedTopicTail(tokens, last + lower) : -1;
    }

    private int LowerHeadLength(List<Token> tokens, int at, bool needsTopic)
    {
        var k = at;
        while (k < tokens.Count && lexicons.EventTopics.Longest(tokens, k).Length is var t and > 0 && !tokens[k].IsCapitalised)
            k += t;
        if (needsTopic && k == at && !IsMarkedLowerHead(tokens, k) || k >= tokens.Count)
            return 0;
        var head = lexicons.EventLowerHeads.Longest(tokens, k).Length;
        return head > 0 ? k + head - at : 0;
    }

    private bool CountriesOnly(List<Token> tokens, int p, int last)
    {
        for (var i = p; i < last;)
        {
            var g = lexicons.Gazetteer.Longest(tokens, i, last);
            if (g.Length > 0 && g.Value!.Type == NodeType.Country)
                i += g.Length;
            else if (CountryPair(tokens, i).Count > 0 || tokens[i].Text is "and")
                i++;
            else
                return false;
        }
        return true;
    }
}
