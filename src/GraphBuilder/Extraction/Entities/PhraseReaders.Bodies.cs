using GraphBuilder.Graph;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// The phrase shapes of standing bilateral bodies, sittings and branches: "Ruritania-Freedonia Joint
/// Commission on Trade" and "Bilateral Security Cooperation Group" are events (they meet in sessions), "the
/// 9th round of the X" is a sitting of X, "Carrier flight 123" an incident, and "Al-Qaida in the Y" one group.
/// </summary>
internal sealed partial class PhraseReaders
{
    /// <summary>A body's name when a marker ("Joint", "Mixed") or a country pair comes before its head, with its topic tail.</summary>
    private RawMention? Body(List<Token> tokens, int p, int last)
    {
        var marked = CountryPair(tokens, p).Count > 0;
        for (var q = p; q < last; q++)
        {
            if (q > p && roles.StartsRole(tokens, q, last) || tokens[q].Text is "of" or "for" or "on" or "and")
                return null;
            marked |= lexicons.BodyMarkers.Longest(tokens, q, last).Length > 0;
            var head = lexicons.BodyHeads.Longest(tokens, q, last).Length;
            if (head > 0 && marked && !BodyHeadContinues(tokens, q + head, last))
                return Make(tokens, SittingStart(tokens, p), SittingAfter(tokens, BodyTail(tokens, q + head, last), last), NodeType.Event);
        }
        return null;
    }

    /// <summary>"Joint Commission Meeting": a sitting's word after the body's name belongs to the name (the same event, EventNames.Key).</summary>
    private static int SittingAfter(List<Token> tokens, int end, int last) =>
        end < last && EventNames.IsClosingSitting(tokens[end].Text) ? end + 1 : end;

    /// <summary>"Joint Commission Secretariat": another organisation word after the head makes the body an office, not the sitting.</summary>
    private bool BodyHeadContinues(List<Token> tokens, int at, int last) =>
        at < last && lexicons.OrganisationWords.Longest(tokens, at, last).Length > 0;

    /// <summary>"on Trade and Investment", "for Bilateral Co-operation", "of Political Coordination": the tail of an event's name.</summary>
    private int TopicTail(List<Token> tokens, int end, int last)
    {
        if (end >= last || tokens[end].Text is not ("on" or "for" or "of"))
            return end;
        var kept = Tail(tokens, end, last);
        // "on Energy and of the Ruritanian Committee": "and" before a small word starts another name.
        for (var k = end + 1; k < kept - 1; k++)
            if (tokens[k].Text == "and" && !tokens[k + 1].IsCapitalised)
                return LastCapitalised(tokens, end, k);
        // "on Counter terrorism": a prefix word ending the run takes the lower-case word it belongs to.
        if (kept == last && last < tokens.Count && tokens[last - 1].Text is "Counter" or "Anti" or "Non" && tokens[last].IsWord)
            return last + 1;
        return kept;
    }

    /// <summary>"47th session of the", "the second round of": the first token of a sitting phrase right before p, or p.</summary>
    private int SittingStart(List<Token> tokens, int p)
    {
        var k = p - 1;
        if (k >= 0 && tokens[k].Text == "the")
            k--;
        if (k < 1 || tokens[k].Text != "of" || lexicons.SessionWords.Longest(tokens, k - 1, k).Length == 0 || tokens[k - 1].IsCapitalised)
            return p;
        var start = k - 1;
        if (start >= 1 && (Chunker.IsOrdinal(tokens[start - 1].Text) || OrdinalWord(tokens[start - 1].Text)))
            start--;
        return start;
    }

    private static bool OrdinalWord(string word) => EventNames.IsOrdinalWord(word) && word is not ("the" or "The");

    /// <summary>A body named after a sitting phrase ("the 47th session of the Council of Foreign Ministers ..."): the sitting is the event.</summary>
    private RawMention? Sitting(List<Token> tokens, int p, int last)
    {
        var start = SittingStart(tokens, p);
        // "the seventh round of X-Y Foreign Office Consultations": an office followed by an event head is that event's topic
        if (start == p || Organisation(tokens, p, last) is not { } body || body.First != p
            || body.Last < last && lexicons.EventNames.Longest(tokens, body.Last, last).Length > 0)
            return null;
        return Make(tokens, start, body.Last, NodeType.Event);
    }

    /// <summary>"Carrier flight 9268": a named flight is an event (it is news for its crash or downing).</summary>
    private RawMention? Flight(List<Token> tokens, int p, int last)
    {
        var end = last < tokens.Count - 1 && tokens[last].Text == "flight" && tokens[last + 1].Kind == TokenKind.Number ? last + 2
            : last - p > 1 && tokens[last - 1].Text == "Flight" && last < tokens.Count && tokens[last].Kind == TokenKind.Number ? last + 1 : -1;
        // "Freedonian Carrier flight 12": the country is a mention of its own, the flight starts after it.
        if (end < 0 || lexicons.Gazetteer.Longest(tokens, p, last).Length is var g and > 0 && p + g < last)
            return null;
        return Make(tokens, p, end, NodeType.Event);
    }

    /// <summary>"Al-Qaida in the Indian Ocean": a branching group, "in", and the place words up to "and".</summary>
    public RawMention? Branch(List<Token> tokens, int p, int last)
    {
        var n = lexicons.BranchingGroups.Longest(tokens, p, last).Length;
        if (n == 0 || p + n + 1 >= last || tokens[p + n].Text != "in")
            return null;
        var from = p + n + 1 + (tokens[p + n + 1].Text == "the" ? 1 : 0);
        var k = from;
        while (k < last && chunker.IsCapitalisedWord(tokens[k]))
            k++;
        return k > from ? Make(tokens, p, k, NodeType.Organisation) : null;
    }

    /// <summary>"Ministry of Foreign Affairs of Ruritania": the country ending an organisation's name is a mention of its own too.</summary>
    public IEnumerable<RawMention> CountryAtEnd(List<Token> tokens, RawMention org)
    {
        for (var k = org.First + 1; k < org.Last; k++)
        {
            if (tokens[k - 1].Text != "of" && !(tokens[k - 1].Text == "the" && k >= 2 && tokens[k - 2].Text == "of"))
                continue;
            var g = lexicons.Gazetteer.Longest(tokens, k, org.Last);
            if (g.Length > 0 && k + g.Length == org.Last && g.Value!.Type == NodeType.Country)
                yield return new RawMention(k, org.Last, tokens[k].Start, tokens[org.Last - 1].End, NodeType.Country, g.Value.Canonical, MentionKind.Named);
        }
    }

    private int LastCapitalised(List<Token> tokens, int from, int before)
    {
        var kept = from;
        for (var k = from; k < before; k++)
            if (chunker.IsCapitalisedWord(tokens[k]))
                kept = k + 1;
        return kept;
    }

    /// <summary>
    /// "Belt and Road Initiative", "Intelligence and Security Service": "and" inside a name before its head, where the
    /// words before it are few and name nothing by themselves and capitalised words lead on to the head.
    /// </summary>
    private bool InnerAnd(List<Token> tokens, int p, int and, int last)
    {
        if (and - p > 2 || and + 1 >= last || !tokens[and + 1].IsCapitalised)
            return false;
        for (var k = p; k < and; k++)
            if (lexicons.Gazetteer.Longest(tokens, k, and).Length > 0 || !chunker.IsCapitalisedWord(tokens[k]))
                return false;
        for (var k = and + 1; k < last && k <= and + 3; k++)
            if (lexicons.OrganisationWords.Longest(tokens, k, last).Length > 0)
                return true;
        return false;
    }

    /// <summary>
    /// "Trade Policy of the Department of Homeland Security": a head after "of (the)" with none before it starts the
    /// organisation there; but a legislature's chamber is named by its "of" ("House of Representatives").
    /// </summary>
    private static int HeadAfterOf(List<Token> tokens, int p, int head)
    {
        for (var k = head - 1; k > p; k--)
            if (tokens[k].Text == "of" || tokens[k].Text == "the" && tokens[k - 1].Text == "of")
                return tokens[k].Text == "of" && tokens[k - 1].Text is "House" or "Chamber" ? k - 1 : k + 1;
        return p;
    }
}
