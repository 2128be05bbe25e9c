using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Dates;

/// <summary>
/// Finds date expressions and resolves them against the article's date. Past tense looks back (a weekday
/// is the latest such day on or before the article date; "in May" the latest May not after it), future
/// tense looks ahead. A range ("March 6-7") resolves to its first day. Without an article date only
/// expressions that carry their own year resolve.
/// </summary>
public static partial class DateResolver
{
    private const string Month = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?";
    private const string Day = @"(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?)?";
    private const string Year = @"(?<year>(?:19|20)\d{2})";

    /// <summary>A date expression. Tried anchored (\G), only where DateScan finds that one can begin.</summary>
    internal const string Pattern = @"\b(?:(?<iso>(?:19|20)\d{2}-[01]\d-[0-3]\d)" +
        "|" + Month + @"\s+" + Day + @"\b(?:,?\s+" + Year + ")?" +
        "|" + Day + @"\s+(?:of\s+)?" + Month + @"(?:,?\s+" + Year + ")?" +
        "|" + Month + @",?\s+" + Year +
        @"|(?i:in|since|during|by|until|from|of|last|this|next|early|late|mid|mid-|before|after|between)\s+" + Month + @"(?!\s*\d)(?<thisyear>\s+this\s+year)?" +
        @"|(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)" +
        @"|(?<rel>(?i:yesterday|today|tonight|tomorrow|(?:last|next|this|earlier\s+this|later\s+this)\s+(?:week|month|year)))" +
        @"|(?i:in|since|during|by|until|from|of|early|late)\s+" + Year + @"(?![-\d])" +
        @")\b";

    private static readonly Regex Expression = Patterns.Create(@"\G" + Pattern);

    internal static readonly string[] CueWords =
        ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "january", "february", "march", "april", "may", "june", "july",
         "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
         "sep", "oct.", "nov.", "dec.", "day", "week", "month", "year", "tonight"];

    /// <summary>Every date expression holds one of these; most sentences hold none and skip the regex scan.</summary>
    private static readonly SearchValues<string> Cues = SearchValues.Create(CueWords, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a text holds any cue of a date expression; without one, Find finds nothing.</summary>
    public static bool MayHoldDate(ReadOnlySpan<char> text) => text.ContainsAny(Cues);

    public static IReadOnlyList<DateMention> Find(string text, DateOnly? documentDate, bool future)
    {
        var found = new List<DateMention>();
        if (!MayHoldDate(text))
            return found;
        foreach (var m in DateScan.Matches(Expression, text))
        {
            var iso = Resolve(m, documentDate, future);
            if (iso is not null)
                found.Add(new DateMention(m.Index, m.Length, iso));
        }
        return found;
    }

    /// <summary>
    /// The resolved date whose expression stands nearest to a position of the text, if any; each comma
    /// between the two counts as 20 characters more, as a date in the trigger's own clause is likelier its date.
    /// </summary>
    public static string? Nearest(string text, int at, DateOnly? documentDate, bool future) =>
        Nearest(text, Find(text, documentDate, future), at);

    /// <summary>As above over mentions already found in the text (a caller asking for several positions finds them once).</summary>
    public static string? Nearest(string text, IReadOnlyList<DateMention> found, int at)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in found)
        {
            var distance = Distance(text, d, at);
            if (distance < bestDistance)
                (best, bestDistance) = (d, distance);
        }
        return best?.Iso;
    }

    private static int Distance(string text, DateMention d, int at)
    {
        var (from, to) = d.Start > at ? (at, d.Start) : (Math.Min(at, d.Start + d.Length), at);
        return to - from + 20 * text.AsSpan(from, to - from).Count(',');
    }

    private static string? Resolve(Match m, DateOnly? doc, bool future)
    {
        var g = m.Groups;
        if (g["iso"].Success)
            return g["iso"].Value;
        if (g["weekday"].Success)
            return doc is { } d ? Iso(Weekdays.Resolve(d, Enum.Parse<DayOfWeek>(g["weekday"].Value), future)) : null;
        if (g["rel"].Success)
            return doc is { } r ? Relative.Resolve(r, g["rel"].Value.ToLowerInvariant()) : null;
        var year = g["year"].Success ? int.Parse(g["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
        if (!g["month"].Success)
            return year?.ToString(CultureInfo.InvariantCulture);
        var month = MonthNumber(g["month"].Value);
        if (g["day"].Success)
            return DayOf(year, month, int.Parse(g["day"].Value, CultureInfo.InvariantCulture), doc, future);
        if (g["thisyear"].Success && doc is { } ty)
            year = ty.Year;
        year ??= doc is { } md ? Months.YearOf(md, month, future) : null;
        return year is null ? null : $"{year:D4}-{month:D2}";
    }

    private static string? DayOf(int? year, int month, int day, DateOnly? doc, bool future)
    {
        if (day < 1 || day > 31)
            return null;
        if (year is null && doc is { } d)
            year = Months.YearOf(d, month, day, future);
        if (year is null || day > DateTime.DaysInMonth(year.Value, month))
            return null;
        return Iso(new DateOnly(year.Value, month, day));
    }

    /// <summary>The month group is case-sensitive ("May", not the verb "may"): its first three letters name the month.</summary>
    private static int MonthNumber(string name) => Array.IndexOf(MonthPrefixes, name[..3]) + 1;

    private static readonly string[] MonthPrefixes = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
