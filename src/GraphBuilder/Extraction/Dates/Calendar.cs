using System.Globalization;

namespace GraphBuilder.Extraction.Dates;

/// <summary>A weekday named without a date: the latest such day on or before the article date, or the next one after it.</summary>
internal static class Weekdays
{
    public static DateOnly Resolve(DateOnly doc, DayOfWeek day, bool future)
    {
        var diff = (int)day - (int)doc.DayOfWeek;
        if (future)
            return doc.AddDays(diff <= 0 ? diff + 7 : diff);
        return doc.AddDays(diff > 0 ? diff - 7 : diff);
    }
}

/// <summary>A month (or month and day) without a year: this year's, unless that lies on the wrong side of the article date.</summary>
internal static class Months
{
    public static int YearOf(DateOnly doc, int month, bool future) =>
        future ? (month < doc.Month ? doc.Year + 1 : doc.Year) : (month > doc.Month ? doc.Year - 1 : doc.Year);

    public static int YearOf(DateOnly doc, int month, int day, bool future)
    {
        var key = month * 100 + day;
        var docKey = doc.Month * 100 + doc.Day;
        return future ? (key < docKey ? doc.Year + 1 : doc.Year) : (key > docKey ? doc.Year - 1 : doc.Year);
    }
}

/// <summary>Words relative to the article date: yesterday, last week, earlier this month, next year, ...</summary>
internal static class Relative
{
    public static string? Resolve(DateOnly doc, string words)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (parts[0], parts[^1]) switch
        {
            ("yesterday", _) => DateResolver.Iso(doc.AddDays(-1)),
            ("today" or "tonight", _) => DateResolver.Iso(doc),
            ("tomorrow", _) => DateResolver.Iso(doc.AddDays(1)),
            ("last", "week") => MonthOf(doc.AddDays(-7)),
            ("next", "week") => MonthOf(doc.AddDays(7)),
            ("last", "month") => MonthOf(doc.AddMonths(-1)),
            ("next", "month") => MonthOf(doc.AddMonths(1)),
            (_, "week") or (_, "month") => MonthOf(doc),
            ("last", "year") => (doc.Year - 1).ToString(CultureInfo.InvariantCulture),
            ("next", "year") => (doc.Year + 1).ToString(CultureInfo.InvariantCulture),
            _ => doc.Year.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string MonthOf(DateOnly d) => d.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
