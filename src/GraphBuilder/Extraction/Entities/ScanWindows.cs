using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// Scans an over-long sentence (thousands of words run together: a list, a table flattened into one line)
/// in windows of tokens, so that the scanner's per-sentence steps that look at every other mention
/// (appositions, acronyms) stay bounded and the whole stays linear in the sentence's length. A window ends
/// after a "," or ";" in its last quarter where there is one. Real sentences are far shorter than a window,
/// and are scanned whole as before.
/// </summary>
internal static class ScanWindows
{
    /// <summary>Tokens per window: about 6,000 characters of text.</summary>
    public const int Size = 1000;

    public static IEnumerable<RawMention> Scan(SentenceScanner scanner, string text, List<Token> tokens, RawMention? dateline)
    {
        if (tokens.Count <= Size)
            return scanner.Scan(text, tokens, dateline);
        var found = new List<RawMention>();
        for (var start = 0; start < tokens.Count;)
        {
            DocumentBudget.Check();
            var end = start + Size >= tokens.Count ? tokens.Count : Cut(tokens, start);
            var window = tokens.GetRange(start, end - start);
            var line = start == 0 ? dateline : null;
            found.AddRange(scanner.Scan(text, window, line).Select(m => m with { First = m.First + start, Last = m.Last + start }));
            start = end;
        }
        return found;
    }

    private static int Cut(List<Token> tokens, int start)
    {
        for (var i = start + Size - 1; i >= start + Size * 3 / 4; i--)
            if (tokens[i].IsPunctuation(',') || tokens[i].IsPunctuation(';'))
                return i + 1;
        return start + Size;
    }
}
