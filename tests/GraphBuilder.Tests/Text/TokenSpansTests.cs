using System.Text.RegularExpressions;
using GraphBuilder.Text;

namespace GraphBuilder.Tests.Text;

/// <summary>TokenSpans gives the spans of the tokeniser's former regex (dotted runs of any letter, "a.k.a.", as well as "U.S.",
/// and since the twelfth session dotted letters after a hyphen, "Pakistan-U.S."), on edge cases and on every article line.</summary>
public class TokenSpansTests
{
    private static readonly Regex Former = new(@"(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:-(?:\p{L}\.){2,}|['’\-][\p{L}\p{M}\p{N}]+)*(?:\+\p{N}+)?|\S",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [TestCase("U.S. and U.K. officials, U.S.A and U. N.")]
    [TestCase("A (a.k.a. \"B\") met at 5 p.m., e.g. in a.b")]
    [TestCase("Indo-Pak talks; O'Neill met Da’esh's envoy - 'quoted' -- end-")]
    [TestCase("the Pakistan-U.S. Joint Working Group, ROK-U.S. talks, Indo-U.Stuff and US-U.K.-Irish ties")]
    [TestCase("T20+5 and G7+ and 3+4a, x+ +5 ²³ Ⅻ")]
    [TestCase("café naïve cafe\u0301 \u00A0non\u2009breaking\u3000space\ttab\r\nline")]
    [TestCase("emoji 😀 and 𝐁old, ǅungla title-case, ΣΑΣ Ελλάδα, 北京 talks")]
    [TestCase("")]
    [TestCase("   ")]
    public void Gives_the_regex_spans(string text) => AssertSame(text);

    [Test]
    public void Gives_the_regex_spans_on_every_article_line()
    {
        var lines = SameAsRegexTexts.ArticleLines().ToList();
        Assert.That(lines, Is.Not.Empty);
        foreach (var line in lines)
            AssertSame(line);
    }

    [Test]
    public void Stops_at_the_end_of_the_span()
    {
        const string text = "U.S.A. met";
        Assert.That(TokenSpans.Next(text, 0, 3), Is.EqualTo((0, 1)));
        Assert.That(TokenSpans.Next(text, 2, 6), Is.EqualTo((2, 4)));
    }

    private static void AssertSame(string text)
    {
        var expected = Former.Matches(text).Select(m => (m.Index, m.Length)).ToList();
        var actual = new List<(int, int)>();
        for (var (at, length) = TokenSpans.Next(text, 0, text.Length); length > 0; (at, length) = TokenSpans.Next(text, at + length, text.Length))
            actual.Add((at, length));
        Assert.That(actual, Is.EqualTo(expected), text);
    }
}
