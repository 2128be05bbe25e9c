using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

internal sealed partial class PhraseReaders
{
    /// <summary>
    /// "Summit of the Americas", "Conference on Disarmament", "Summit for Democracy": an event head opening the
    /// run names the event with its capitalised "of"/"on"/"for" tail; alone ("Summit") it names none. A sitting
    /// word ("Meeting of the X", "Session of the Y") is a sitting of the body after it, read as such elsewhere.
    /// </summary>
    private int HeadFirst(List<Token> tokens, int p, int last)
    {
        if (p + 2 >= last || lexicons.EventNames.Longest(tokens, p, last).Length != 1 || EventNames.IsSittingWord(tokens[p].Text))
            return -1;
        var end = TopicTail(tokens, p + 1, last);
        return end > p + 2 ? end : -1;
    }

    /// <summary>
    /// "Meeting of Senior Officials", "Meeting of Foreign Ministers": a sitting word whose "of" tail is a rank of
    /// people (no body: "Meeting of the Council of Foreign Ministers" is a sitting of the council) names the sitting;
    /// the rank's words would otherwise end the run as a title.
    /// </summary>
    private RawMention? SittingOfRank(List<Token> tokens, int p, int last)
    {
        // the rank's plural may end the run or stand just after it (the run stops before a title word)
        var end = Ranks.Contains(tokens[last - 1].Text) ? last : last < tokens.Count && Ranks.Contains(tokens[last].Text) ? last + 1 : -1;
        if (end < p + 3 || !EventNames.IsSittingWord(tokens[p].Text) || tokens[p + 1].Text != "of")
            return null;
        for (var k = p + 2; k < end; k++)
            if (!tokens[k].IsCapitalised || lexicons.OrganisationWords.Longest(tokens, k, end).Length > 0)
                return null;
        return Make(tokens, p, end, Graph.NodeType.Event);
    }

    private static readonly HashSet<string> Ranks = new(StringComparer.Ordinal) { "Officials", "Ministers", "Experts", "Secretaries" };

}
