using System.Text.RegularExpressions;
using GraphBuilder.Extraction.Dates;
using GraphBuilder.Tests.Text;

namespace GraphBuilder.Tests.Extraction.Dates;

/// <summary>DateScan finds the matches Regex.Matches finds with the unanchored date pattern, on edge cases and every article line.</summary>
public class DateScanTests
{
    private static readonly Regex Whole = new(DateResolver.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex Anchored = new(@"\G" + DateResolver.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [TestCase("They met earlier this week and again later  this\tmonth, then tomorrow.")]
    [TestCase("Talks in Jan and since Mar, in mid- May, by Sept 2024 and on 3rd of June 2023.")]
    [TestCase("⟦P0⟧ met ⟦P1⟧ on Monday; ⟦P2⟧ may go in May 5-6 or 2024-05-06.")]
    [TestCase("The 20 days of holiday, 1990s, x2024-01-01 and today2 yesterday")]
    [TestCase("On Mondays and holidays ⟦P12⟧ met G7 leaders in Mar 2024, decided on May 5to6 and 12-13 June, today.")]
    [TestCase("no cue at all")]
    [TestCase("Jan")]
    public void Finds_what_the_whole_scan_finds(string text) => AssertSame(text);

    [Test]
    public void Finds_what_the_whole_scan_finds_on_every_article_line()
    {
        var lines = SameAsRegexTexts.ArticleLines().ToList();
        Assert.That(lines, Is.Not.Empty);
        foreach (var line in lines)
            AssertSame(line);
    }

    private static void AssertSame(string text)
    {
        var expected = Whole.Matches(text).Select(Describe).ToList();
        var actual = DateScan.Matches(Anchored, text).Select(Describe).ToList();
        Assert.That(actual, Is.EqualTo(expected), text);
    }

    private static string Describe(Match m) =>
        $"{m.Index}+{m.Length}:" + string.Join(",", m.Groups.Values.Where(g => g.Success).Select(g => $"{g.Name}={g.Value}"));
}
