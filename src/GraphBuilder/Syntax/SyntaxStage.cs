using GraphBuilder.Extraction;

namespace GraphBuilder.Syntax;

/// <summary>
/// Gives the annotated sentences of a document their dependency parse, so the relation stage can read
/// subjects, objects and prepositional arguments from it. Without a parser the sentences stay unparsed.
/// </summary>
public static class SyntaxStage
{
    public static IReadOnlyList<AnnotatedSentence> AddParses(ISentenceParser? parser, string text, IReadOnlyList<AnnotatedSentence> sentences)
    {
        if (parser is null)
            return sentences;
        var parsed = new AnnotatedSentence[sentences.Count];
        for (var i = 0; i < parsed.Length; i++)
        {
            var s = sentences[i];
            parsed[i] = s with { Parse = parser.Parse(text, s.Sentence.Start, s.Sentence.End) };
        }
        return parsed;
    }
}
