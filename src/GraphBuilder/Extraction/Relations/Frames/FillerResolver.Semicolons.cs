using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// A list whose items are set off by semicolons because each has a description of its own ("designated A, 47, a
/// Ruritanian national; B, of Freedonia; and C, 52, a dual citizen, as ..."): the greedy parser hangs the items
/// anywhere (a parataxis, a compound of the last description), so the names that open the items after a named
/// filler stand with it. An item is a name right after the semicolon (or "; and"), and no verb may come between
/// the filler and its semicolon nor after the name in its item: "sanctioned A, a banker; B was not named" is two clauses.
/// </summary>
internal sealed partial class FillerResolver
{
    private IEnumerable<SyntaxWord> SemicolonItems(SyntaxWord filler)
    {
        if (sentence.MentionOf(filler) is not { Type: NodeType.Person or NodeType.Organisation })
            yield break;
        var words = sentence.Words;
        for (var i = filler.Id; i < words.Count && !IsItemEnd(words[i]); i++)
        {
            if (words[i].Form != ";")
                continue;
            var j = i + 1 < words.Count && sentence.Lemma(words[i + 1]) == "and" ? i + 2 : i + 1;
            if (j >= words.Count || sentence.MentionOf(words[j]) is not { Type: NodeType.Person or NodeType.Organisation } item
                || item.Start != words[j].Start || HasVerbInItem(j))
                yield break;
            yield return words[j];
        }
    }

    /// <summary>A verb ends the list; so does the "as" of the designation after the last item.</summary>
    private bool IsItemEnd(SyntaxWord word) => word.Upos is "VERB" or "AUX" || word.Form is "." or "as";

    /// <summary>Whether a verb follows the item's name before the next semicolon, the "as" or the sentence's end (index 0-based).</summary>
    private bool HasVerbInItem(int start)
    {
        var words = sentence.Words;
        for (var k = start; k < words.Count && words[k].Form is not (";" or "as" or "."); k++)
            if (words[k].Upos is "VERB" or "AUX")
                return true;
        return false;
    }
}
