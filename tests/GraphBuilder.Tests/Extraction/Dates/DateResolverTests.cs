using System.Globalization;
using GraphBuilder.Extraction.Dates;

namespace GraphBuilder.Tests.Extraction.Dates;

/// <summary>TestData/Dates/dates.spec: one line per case, "article date | tense | text | expected".</summary>
public class DateResolverTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        File.ReadLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Dates", "dates.spec"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('|').Select(p => p.Trim()).ToArray())
            .Select(p => new TestCaseData(p[0], p[1], p[2], p[3]).SetName($"{p[0]} {p[1]}: {p[2]} -> {p[3]}"));

    [TestCaseSource(nameof(Cases))]
    public void Resolves_against_the_article_date(string articleDate, string tense, string text, string expected)
    {
        DateOnly? date = articleDate == "none" ? null : DateOnly.ParseExact(articleDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var found = DateResolver.Find(text, date, future: tense == "future");

        Assert.That(found.Select(d => d.Iso).FirstOrDefault() ?? "-", Is.EqualTo(expected));
    }

    [Test]
    public void Nearest_picks_the_date_closest_to_the_trigger()
    {
        const string text = "After talks in May, the minister met the envoy on Monday.";
        var at = text.IndexOf("met", StringComparison.Ordinal);

        var date = DateResolver.Nearest(text, at, new DateOnly(2024, 7, 10), future: false);

        Assert.That(date, Is.EqualTo("2024-07-08"));
    }
}
