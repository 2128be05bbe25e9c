using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// A body's topic tail that lists its fields past the capitalised run: "Joint Committee on economic, science and
/// technology cooperation", "intergovernmental commission for trade and economic cooperation", "Commission on
/// Trade-Economic, Scientific-Technical and Cultural-Humanitarian Cooperation" (the run breaks at the comma).
/// </summary>
internal sealed partial class PhraseReaders
{
    private const int LongestTopicList = 14;

    /// <summary>
    /// The end of an "on"/"for" tail of field words, commas and "and" closed by "cooperation", or end when the words
    /// after it are anything else ("on Tuesday and discussed economic cooperation" lists no fields).
    /// </summary>
    private int ListedTopicTail(List<Token> tokens, int end)
    {
        if (end >= tokens.Count || tokens[end].Text is not ("on" or "for"))
            return end;
        for (var k = end + 1; k < tokens.Count && k <= end + LongestTopicList; k++)
        {
            if (k > end + 1 && lexicons.TopicTailEnds.Longest(tokens, k) is { Length: > 0 } closing)
                return k + closing.Length;
            if (!IsTopicListWord(tokens, k))
                return end;
        }
        return end;
    }

    private bool IsTopicListWord(List<Token> tokens, int k) =>
        tokens[k].Text is "," or "and" or "-" or "\u2010"
        || lexicons.TopicTailWords.Longest(tokens, k, k + 1).Length > 0
        || tokens[k].Text.Contains('-') && tokens[k].Text.Split('-').All(part => lexicons.TopicTailWords.Longest(Tokenizer.Tokenize(part).ToList(), 0).Length > 0);

    /// <summary>"intergovernmental commission": a lower head a body's marker opens needs no topic word before it.</summary>
    private bool IsMarkedLowerHead(List<Token> tokens, int k) =>
        lexicons.EventLowerHeads.Longest(tokens, k).Length > 1
        && lexicons.BodyMarkers.Longest([new Token(0, 0, Capitalised(tokens[k].Text), TokenKind.Word)], 0).Length > 0;

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>The capitalised topic tail, or the listed one when it reaches further ("on economic, science and technology cooperation").</summary>
    private int BodyTail(List<Token> tokens, int end, int last) => Math.Max(TopicTail(tokens, end, last), ListedTopicTail(tokens, end));
}
