namespace GraphBuilder.Extraction;

/// <summary>
/// Cuts an over-long sentence (a list of eighty titled names, page furniture run together) into windows the
/// relation patterns scan one at a time, so the work stays linear in its length and nothing is silently
/// dropped: each window is a sentence of its own (same index, its own exact slice of the file text) holding
/// the mentions inside it. A cut falls after a ";" or "," where one is near the end of the window, else after
/// a space, and never inside a mention.
/// </summary>
public static class SentenceWindows
{
    /// <summary>Characters per window: the longest real sentences are well under this.</summary>
    public const int Size = 2000;

    public static IEnumerable<AnnotatedSentence> Of(AnnotatedSentence annotated)
    {
        var sentence = annotated.Sentence;
        if (sentence.Text.Length <= Size)
        {
            yield return annotated;
            yield break;
        }
        var start = 0;
        while (start < sentence.Text.Length)
        {
            var end = start + Size >= sentence.Text.Length ? sentence.Text.Length : Cut(annotated, start);
            yield return Window(annotated, start, end);
            start = end;
        }
    }

    private static int Cut(AnnotatedSentence annotated, int start)
    {
        var text = annotated.Sentence.Text;
        var limit = start + Size;
        var least = start + Size * 3 / 4;
        var at = text.LastIndexOfAny([';', ','], limit - 1, limit - least);
        if (at < 0)
            at = text.LastIndexOf(' ', limit - 1, limit - least);
        var cut = at < 0 ? limit : at + 1;
        foreach (var m in annotated.Mentions)
        {
            var (from, to) = (m.Start - annotated.Sentence.Start, m.End - annotated.Sentence.Start);
            if (from < cut && cut < to)
                cut = from > start ? from : to;
        }
        return cut;
    }

    private static AnnotatedSentence Window(AnnotatedSentence annotated, int start, int end)
    {
        var s = annotated.Sentence;
        var window = new Sentence(s.Index, s.Start + start, s.Start + end, s.Text[start..end]);
        var mentions = annotated.Mentions.Where(m => m.Start >= window.Start && m.End <= window.End).ToList();
        return new AnnotatedSentence(window, mentions);
    }
}
