using GraphBuilder.Graph;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// A name in quotes that begins with "The" ("the group “The Order”"): the article is part of the name, which
/// a capitalised run never starts with, so the quoted phrase is read whole as an organisation, unless it is a
/// nickname inside a personal name (Olan "The Hammer" Brekk).
/// </summary>
internal static class QuotedNames
{
    private const int MaxWords = 4;

    public static IEnumerable<RawMention> Find(List<Token> tokens, bool[] claimed)
    {
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            if (!IsQuote(tokens[i - 1]) || tokens[i].Text != "The" || claimed[i] || QuotedNicknames.End(tokens, i - 1) > 0)
                continue;
            var k = i + 1;
            while (k < tokens.Count && k - i <= MaxWords && tokens[k].IsWord && tokens[k].IsCapitalised && !claimed[k])
                k++;
            if (k > i + 1 && k < tokens.Count && IsQuote(tokens[k]))
                yield return new RawMention(i, k, tokens[i].Start, tokens[k - 1].End, NodeType.Organisation, "", MentionKind.Named);
        }
    }

    private static bool IsQuote(Token t) => QuotedNicknames.IsQuote(t);
}
