using GraphBuilder.Text;

namespace GraphBuilder.Syntax;

/// <summary>
/// Parses raw text into CoNLL-U sentences: paragraphs at line breaks, sentences by the project's
/// SentenceSplitter, words by the UD tokeniser; MISC holds each word's offsets (TokenRange=start:end)
/// and SpaceAfter=No where the next word follows without a space.
/// </summary>
public static class RawTextParser
{
    public static IEnumerable<ConllSentence> Parse(ISentenceParser parser, string documentId, string text)
    {
        var number = 0;
        foreach (var (start, end) in Paragraphs(text))
            foreach (var (s, e) in SentenceSplitter.Split(text, start, end))
            {
                var parse = parser.Parse(text, s, e);
                if (parse.Words.Count == 0)
                    continue;
                number++;
                var comments = new[] { $"# sent_id = {documentId}-{number}", $"# text = {text[s..e]}" };
                yield return new ConllSentence(comments, parse.Words.Select((w, i) => Line(w, NextStart(parse, i, e))).ToList());
            }
    }

    private static int NextStart(SentenceParse parse, int i, int end) => i + 1 < parse.Words.Count ? parse.Words[i + 1].Start : end + 1;

    private static ConllLine Line(SyntaxWord w, int nextStart)
    {
        var misc = $"TokenRange={w.Start}:{w.End}" + (nextStart == w.End ? "|SpaceAfter=No" : "");
        return new ConllLine(w.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), w.Form, w.Lemma, w.Upos, w.Xpos, "_",
            w.Head.ToString(System.Globalization.CultureInfo.InvariantCulture), w.Relation, "_", misc);
    }

    /// <summary>Non-blank lines: a paragraph never crosses a line break, as the splitter expects.</summary>
    public static IEnumerable<(int Start, int End)> Paragraphs(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            var (a, b) = (start, end);
            while (a < b && char.IsWhiteSpace(text[a]))
                a++;
            while (b > a && char.IsWhiteSpace(text[b - 1]))
                b--;
            if (b > a)
                yield return (a, b);
            start = end + 1;
        }
    }
}
