using GraphBuilder.Documents;

namespace GraphBuilder.Tests.Documents;

/// <summary>
/// Items of a listing are text, not headlines: a bullet ending in "; and" (the item before the last), and the
/// bulleted or numbered lines after a lead-in that announces them; a short line elsewhere stays a headline.
/// </summary>
public class ArticleCleanerListingTests
{
    [TestCase("The Government of Freedonia has listed three groups:\n• Red Hand Brigade;\n• Black Hand Front; and\n• Blue Dawn Front.", "• Black Hand Front; and")]
    [TestCase("The Committee approved the addition of the entries specified below to its list.\n\n1. Omar Haddad\n2. Karim Nasser", "2. Karim Nasser")]
    [TestCase("The Ministry of Ruritania has designated these people:\n\n- Omar Haddad\n- Karim Nasser", "- Omar Haddad")]
    public void Keeps_listing_items(string text, string item) =>
        Assert.That(Paragraphs(text), Does.Contain(item));

    [TestCase("Officials met in Lima on Monday to discuss trade.\n\n1. More Stories Here\n\nThe talks went well.", "1. More Stories Here")]
    [TestCase("Officials met in Lima on Monday to discuss trade.\n\n• Read More About Lima\n\nThe talks went well.", "• Read More About Lima")]
    public void Drops_short_lines_outside_a_listing(string text, string line) =>
        Assert.That(Paragraphs(text), Does.Not.Contain(line));

    private static List<string> Paragraphs(string text) =>
        ArticleCleaner.Clean(new SourceDocument("x", "x.txt", text, 0, null)).Paragraphs.Select(p => text[p.Start..p.End]).ToList();
}
