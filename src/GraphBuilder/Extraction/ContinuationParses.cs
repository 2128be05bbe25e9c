using GraphBuilder.Extraction.Relations.Frames;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction;

/// <summary>
/// A designation is often continued by a sentence with no relation word ("The Treasury sanctioned two men on
/// Tuesday. They are A and B."; "The others on the list are ..."), which the syntax stage leaves unparsed. The
/// sentence right after one whose parse holds a designation verb (a verb that opens a designated frame of
/// Lexicons/relation-frames.txt) is parsed too when it names someone, so the continuation frames can read it.
/// </summary>
public static class ContinuationParses
{
    public static IReadOnlyList<AnnotatedSentence> Add(ISentenceParser? parser, string text, IReadOnlyList<AnnotatedSentence> sentences, int storyStart = -1)
    {
        if (parser is null)
            return sentences;
        AnnotatedSentence[]? result = null;
        for (var i = 1; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (s.Parse is not null || s.Mentions.Count == 0 || s.Sentence.Text.Length > SyntaxStage.MaxParsedLength
                || !Designates(sentences[i - 1].Parse))
                continue;
            DocumentBudget.Check();
            (result ??= [.. sentences])[i] = s with { Parse = parser.Parse(text, SyntaxStage.ParseStart(s.Sentence, storyStart), s.Sentence.End) };
        }
        return result ?? sentences;
    }

    private static bool Designates(SentenceParse? parse) =>
        parse is not null && parse.Words.Any(w => w.Upos == "VERB" && FrameBook.Instance.IsVerbOf(Graph.Relations.Designated, w.Lemma));
}
