using GraphBuilder.Documents;

namespace GraphBuilder.Tests.Documents;

/// <summary>
/// A hard-wrapped page (wire copy cut at a fixed width, no blank lines) is read in sentences, not lines: a line that
/// runs on into the next is joined to it; a page of one paragraph a line keeps its lines.
/// </summary>
public class ArticleCleanerWrappedTests
{
    private const string Wrapped =
        "ISLAMABAD, Oct 3 (APP): Ruritania-Japan 4th Round of Bilateral\n" +
        "Political Consultations was held here on Tuesday.\n" +
        "According to a Foreign Office statement, Mr. Tarun Velkorsi\n" +
        "Senior Deputy Minister for Foreign Affairs of Japan, headed the Japanese delegation.\n" +
        "While reaffirming the importance of the relationship, both sides\n" +
        "expressed satisfaction at the present state of bilateral cooperation.\n" +
        "The Consultations provided a good opportunity to the two sides to\n" +
        "explore new possibilities for further strengthening cooperation.";

    [Test]
    public void Joins_a_wrapped_line_to_the_next() =>
        Assert.That(Paragraphs(Wrapped), Does.Contain(
            "According to a Foreign Office statement, Mr. Tarun Velkorsi\nSenior Deputy Minister for Foreign Affairs of Japan, headed the Japanese delegation."));

    [Test]
    public void Keeps_the_lines_of_a_page_of_paragraphs()
    {
        const string text = "Ruritania Hosts Talks With Japan\n" +
            "Officials of both countries met in Lima on Monday to discuss trade and investment.\n" +
            "The talks went well, the ministry said in a statement issued after the meeting.";
        Assert.That(Paragraphs(text), Has.Count.EqualTo(2));
    }

    [Test]
    public void Keeps_the_entries_of_a_list_of_labelled_lines()
    {
        const string text = "Ruritania: UK joins US in fresh sanctions on Amber Front figures\n" +
            "The UK government has announced sanctions on individuals connected to the Amber Front.\n" +
            "Those now subject to UK travel bans and asset freezes include:\n" +
            "Olan Brekk: a Lisbon-based Amber Front leader and co-founder\n" +
            "Ida Vos: the Lisbon-based Head of External Relations for the front\n" +
            "Tam Orrel: a political leader who has held senior positions\n" +
            "Pia Marr and Eno Dask: who have channelled funds to the front";
        Assert.That(Paragraphs(text), Has.Count.EqualTo(6), "the headline is the title, each other line a paragraph");
    }

    private static List<string> Paragraphs(string text) =>
        ArticleCleaner.Clean(new SourceDocument("x", "x.txt", text, 0, null)).Paragraphs.Select(p => text[p.Start..p.End]).ToList();
}
