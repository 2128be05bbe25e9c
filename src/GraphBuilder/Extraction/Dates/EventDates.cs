using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using GraphBuilder.Text;
using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Dates;

/// <summary>
/// The dates a sentence gives its events: each event mention takes the date expression nearest to it, unless
/// its clause speaks of the future or of a plan ("the next round will be held in May", "agreed to hold the
/// dialogue in October" date no past session) or the date stands more than 80 characters away (a sentence
/// about last week's praise that names "the 2021 bombing" in passing does not date the bombing) - except for
/// a session the sentence happens at ("agreed on Wednesday ..., at the close of the Dialogue"). Date
/// words inside a mention ("the 2016 Brussels airport bombing") are part of its name, not a date of the sentence.
/// </summary>
public static partial class EventDates
{
    private static readonly Regex FutureWords = Patterns.Create(@"\b(?:will|shall|is\s+(?:due|set|expected|scheduled)|are\s+(?:due|set|expected|scheduled)|plans?\s+to|planned|agreed\s+to|to\s+hold|next|upcoming|forthcoming)\b", RegexOptions.IgnoreCase);

    private static readonly Regex AtSession = Patterns.Create(@"\b(?:at|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:of\s+the\s+)?$", RegexOptions.IgnoreCase);

    /// <summary>
    /// Both the relation stage and the article extractor ask for each sentence's event dates: the answer is
    /// kept with the sentence (weakly, and per article date) so the date regex runs over it once. Thread-safe.
    /// </summary>
    private static readonly ConditionalWeakTable<AnnotatedSentence, Memo> Memos = new();

    private sealed record Memo(DateOnly? DocumentDate, IReadOnlyList<(string EventKey, string Date)> Dates);

    public static IReadOnlyList<(string EventKey, string Date)> Of(AnnotatedSentence sentence, DateOnly? documentDate)
    {
        if (!NamesEvent(sentence))
            return [];
        if (Memos.TryGetValue(sentence, out var memo) && memo.DocumentDate == documentDate)
            return memo.Dates;
        var dates = Find(sentence, documentDate).ToList();
        Memos.AddOrUpdate(sentence, new Memo(documentDate, dates));
        return dates;
    }

    private static bool NamesEvent(AnnotatedSentence sentence)
    {
        foreach (var m in sentence.Mentions)
            if (m.Type == NodeType.Event)
                return true;
        return false;
    }

    private static IEnumerable<(string EventKey, string Date)> Find(AnnotatedSentence sentence, DateOnly? documentDate)
    {
        var text = sentence.Sentence.Text;
        var events = sentence.Mentions.Where(m => m.Type == NodeType.Event).ToList();
        if (events.Count == 0)
            yield break;
        var offset = sentence.Sentence.Start;
        var dates = DateResolver.Find(text, documentDate, future: false)
            .Where(d => !sentence.Mentions.Any(m => m.Start - offset < d.Start + d.Length && d.Start < m.End - offset))
            .ToList();
        if (dates.Count == 0)
            yield break;
        foreach (var e in events)
        {
            var (start, end) = (e.Start - offset, e.End - offset);
            var nearest = dates.MinBy(d => Distance(d, start, end))!;
            var near = Distance(nearest, start, end) <= MaxDistance || AtSession.IsMatch(text.AsSpan(0, start));
            if (near && !FutureWords.IsMatch(ClauseAround(text, start, end)))
                yield return (e.EntityKey, nearest.Iso);
        }
    }

    private const int MaxDistance = 80;

    private static int Distance(DateMention d, int start, int end) =>
        d.Start >= end ? d.Start - end : Math.Max(0, start - (d.Start + d.Length));

    private static string ClauseAround(string text, int start, int end)
    {
        var from = text.LastIndexOfAny([',', ';'], Math.Max(0, start - 1)) + 1;
        var to = text.IndexOfAny([',', ';'], Math.Min(end, text.Length));
        return text[from..(to < 0 ? text.Length : to)];
    }
}
