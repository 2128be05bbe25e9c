using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction;

/// <summary>
/// Gives each parsed sentence that has asides (see Asides) a second parse with them read out, which the
/// frames read beside the first: the parse of the whole sentence keeps what the aside itself says. Only
/// sentences the syntax stage parsed are read again, so the cost is a few sentences an article.
/// </summary>
public static class AsideParses
{
    /// <summary>The sentences, those with asides carrying their Reread; the part of a sentence before storyStart (a dateline) is not read.</summary>
    public static IReadOnlyList<AnnotatedSentence> Add(ISentenceParser? parser, IReadOnlyList<AnnotatedSentence> sentences, int storyStart = -1)
    {
        if (parser is null)
            return sentences;
        var result = new AnnotatedSentence[sentences.Count];
        for (var i = 0; i < result.Length; i++)
        {
            DocumentBudget.Check();
            result[i] = sentences[i].Parse is { Words.Count: > 0 } ? WithReread(parser, sentences[i], storyStart) : sentences[i];
        }
        return result;
    }

    private static AnnotatedSentence WithReread(ISentenceParser parser, AnnotatedSentence annotated, int storyStart)
    {
        var s = annotated.Sentence;
        var skip = Math.Clamp(storyStart - s.Start, 0, s.Text.Length);
        var story = new string(' ', skip) + s.Text[skip..];
        var mentions = annotated.Mentions.Select(m => (m.Start - s.Start, m.End - s.Start)).ToList();
        if (Asides.Rewrite(story, mentions) is not { } rewritten)
            return annotated;
        return annotated with { Reread = parser.Parse(rewritten, skip, rewritten.Length, Syntax.SyntaxStage.PeopleOf(annotated, s.Start)).Shifted(s.Start) };
    }
}
