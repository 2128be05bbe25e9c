using System.Text.RegularExpressions;
using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Dates;

/// <summary>
/// The dates a sentence gives its events: each event mention takes the date expression nearest to it, unless
/// its clause speaks of the future ("the next round will be held in May" dates no past session). Date
/// words inside a mention ("the 2021 Kabul airport bombing") are part of its name, not a date of the sentence.
/// </summary>
public static partial class EventDates
{
    [GeneratedRegex(@"\b(?:will|shall|is\s+(?:due|set|expected|scheduled)|are\s+(?:due|set|expected|scheduled)|plans?\s+to|next|upcoming|forthcoming)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureWords();

    public static IEnumerable<(string EventKey, string Date)> Of(AnnotatedSentence sentence, DateOnly? documentDate)
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
            var at = e.Start - offset;
            if (!FutureWords().IsMatch(ClauseAround(text, at, e.End - offset)))
                yield return (e.EntityKey, dates.OrderBy(d => Math.Abs(d.Start - at)).First().Iso);
        }
    }

    private static string ClauseAround(string text, int start, int end)
    {
        var from = text.LastIndexOfAny([',', ';'], Math.Max(0, start - 1)) + 1;
        var to = text.IndexOfAny([',', ';'], Math.Min(end, text.Length));
        return text[from..(to < 0 ? text.Length : to)];
    }
}
