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
}
