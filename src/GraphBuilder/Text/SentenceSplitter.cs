using GraphBuilder.Extraction;

namespace GraphBuilder.Text;

/// <summary>
/// Splits one paragraph (a span of the file text that never crosses a line break) into sentences at
/// '.', '!' or '?' (with any closing quotes or brackets) followed by a space and a capital, digit or
/// opening quote — except after an abbreviation or an initial, which the tokenizer already joined
/// to its period ("Gen.", "U.S.", "D.").
/// </summary>
public static class SentenceSplitter
{
    private const string Closers = "\"'”’)]»";
    private const string Openers = "\"'“‘([«";

    public static IReadOnlyList<(int Start, int End)> Split(string text, int start, int end)
    {
        var tokens = Tokenizer.Tokenize(text, start, end);
        return Split(tokens).Select(s => (tokens[s.First].Start, tokens[s.Last - 1].End)).ToList();
    }

    /// <summary>
    /// The sentences of a tokenized paragraph as token ranges [First, Last). Sentences end at token
    /// boundaries after a space, so each range holds exactly the tokens the sentence alone would give:
    /// callers slice them instead of tokenizing every sentence a second time.
    /// </summary>
    public static IReadOnlyList<(int First, int Last)> Split(List<Token> tokens)
    {
        var ranges = new List<(int, int)>();
        var from = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (from < 0)
                from = i;
            if (!EndsSentence(tokens, i, out var last))
                continue;
            ranges.Add((from, last + 1));
            from = -1;
            i = last;
        }
        if (from >= 0)
            ranges.Add((from, tokens.Count));
        return ranges;
    }

    private static bool EndsSentence(List<Token> tokens, int i, out int last)
    {
        last = i;
        var t = tokens[i];
        var dotted = t.IsWord && t.Text.EndsWith('.') && t.Text.Count(c => c == '.') > 1;
        if (t.Text is not ("." or "!" or "?") && !dotted)
            return false;
        while (last + 1 < tokens.Count && tokens[last + 1].Text.Length == 1 && Closers.Contains(tokens[last + 1].Text[0])
               && tokens[last + 1].Start == tokens[last].End)
            last++;
        if (last + 1 >= tokens.Count)
            return true;
        var next = tokens[last + 1];
        if (next.Start == tokens[last].End)
            return false;
        var opens = char.IsUpper(next.Text[0]) || char.IsDigit(next.Text[0]) || Openers.Contains(next.Text[0]);
        return opens && (!dotted || FunctionWords.Contains(next.Text));
    }

    private static readonly IReadOnlySet<string> FunctionWords = Lexicon.Set("function-words");
}
