using System.Globalization;

namespace GraphBuilder.Export;

/// <summary>
/// The period an ISO date names: a full date is one day, "2024-05" the whole month, "2024" the whole year,
/// as the viewer's date filter reads them. Timelines (GEXF spells) take a list of dates as the union of
/// their periods, with overlapping ones joined, because Gephi refuses overlapping intervals on one element.
/// </summary>
public static class DatePeriods
{
    public sealed record Period(DateOnly Start, DateOnly End)
    {
        public string StartText => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        public string EndText => End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static Period? Of(string date)
    {
        var parts = date.Split('-');
        if (parts.Length is < 1 or > 3 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
            return null;
        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        try
        {
            return numbers.Length switch
            {
                1 => new Period(new DateOnly(numbers[0], 1, 1), new DateOnly(numbers[0], 12, 31)),
                2 => new Period(new DateOnly(numbers[0], numbers[1], 1),
                    new DateOnly(numbers[0], numbers[1], DateTime.DaysInMonth(numbers[0], numbers[1]))),
                _ => new Period(new DateOnly(numbers[0], numbers[1], numbers[2]), new DateOnly(numbers[0], numbers[1], numbers[2])),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The periods of the dates, sorted, with overlapping ones joined; unreadable dates are left out.</summary>
    public static IReadOnlyList<Period> Union(IEnumerable<string> dates)
    {
        var merged = new List<Period>();
        foreach (var period in dates.Select(Of).OfType<Period>().OrderBy(p => p.Start).ThenBy(p => p.End))
        {
            if (merged.Count > 0 && period.Start <= merged[^1].End)
                merged[^1] = merged[^1] with { End = period.End > merged[^1].End ? period.End : merged[^1].End };
            else
                merged.Add(period);
        }
        return merged;
    }
}
