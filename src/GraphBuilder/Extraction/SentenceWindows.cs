namespace GraphBuilder.Extraction;

/// <summary>
/// Cuts an over-long sentence (a list of eighty titled names, page furniture run together) into windows the
/// relation patterns scan one at a time, so the work stays linear in its length and nothing is silently
/// dropped: each window is a sentence of its own (same index, its own exact slice of the file text) holding
/// the mentions inside it. A cut falls after a ";" or "," where one is near the end of the window, else after
/// a space, and never inside a mention. Each window is a point where the document's budget is checked.
/// </summary>
public static class SentenceWindows
{
    /// <summary>Characters per window: the longest real sentences are well under this.</summary>
    public const int Size = 2000;

    public static IEnumerable<AnnotatedSentence> Of(AnnotatedSentence annotated)
    {
        DocumentBudget.Check();
        var sentence = annotated.Sentence;
        if (sentence.Text.Length <= Size)
        {
            yield return annotated;
            yield break;
        }
        var mentions = annotated.Mentions.OrderBy(m => m.Start).ToList();
        var (start, first) = (0, 0);
        while (start < sentence.Text.Length)
        {
            DocumentBudget.Check();
            var end = start + Size >= sentence.Text.Length ? sentence.Text.Length : Cut(sentence, mentions, first, start);
            var inside = new List<Mention>();
            for (; first < mentions.Count && mentions[first].Start < sentence.Start + end; first++)
                if (mentions[first].Start >= sentence.Start + start && mentions[first].End <= sentence.Start + end)
                    inside.Add(mentions[first]);
            yield return new AnnotatedSentence(new Sentence(sentence.Index, sentence.Start + start, sentence.Start + end, sentence.Text[start..end]), inside);
            start = end;
        }
    }

    /// <summary>Mentions are sorted by start; only those from `first` (the window's) up to the cut are looked at.</summary>
    private static int Cut(Sentence sentence, List<Mention> mentions, int first, int start)
    {
        var text = sentence.Text;
        var limit = start + Size;
        var least = start + Size * 3 / 4;
        var at = text.LastIndexOfAny([';', ','], limit - 1, limit - least);
        if (at < 0)
            at = text.LastIndexOf(' ', limit - 1, limit - least);
        var cut = at < 0 ? limit : at + 1;
        for (var i = first; i < mentions.Count && mentions[i].Start - sentence.Start < cut; i++)
        {
            var (from, to) = (mentions[i].Start - sentence.Start, mentions[i].End - sentence.Start);
            if (from < cut && cut < to)
                cut = from > start ? from : to;
        }
        return cut;
    }
}
