using GraphBuilder.Graph;
using OpenQA.Selenium;

namespace GraphBuilder.Tests.Browser;

/// <summary>
/// A hand-built graph whose strings hold markup and script, plus known types, relations and dates: the page
/// shows every string literally and runs none of it, and the filters hide what they should.
/// </summary>
[Category("Browser")]
[NonParallelizable]
public class MarkupGraphViewerTests : ViewerFixture
{
    protected override ViewerPage CreatePage() => new(HostileGraph());

    private const string Img = "<img src=x onerror=\"window.__pwned='label'\">";
    private const string Breakout = "</script><script>window.__pwned='breakout'</script>";
    private const string Sentence = "They met. <script>window.__pwned='sentence'</script><img src=y onerror=\"window.__pwned='img'\">";
    private const string As = "<b onmouseover=\"window.__pwned='as'\">terrorist</b> organisation";
    private const string MetWith = "organisation:breakout--met_with--person:img";
    private const string Designated = "country:ruritania--designated--organisation:breakout";
    private const string Attended = "person:img--attended--event:summit";

    [TearDown]
    public void NothingRanAndNoErrors()
    {
        Assert.That(Browser.Script("return typeof window.__pwned;"), Is.EqualTo("undefined"), "a script from the data ran");
        Assert.That(Browser.Script("return document.querySelectorAll('img, svg, b, i, [onerror], [onload], [onmouseover]').length;"),
            Is.EqualTo(0L), "markup from the data became elements");
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Passed)
            Assert.That(Browser.Errors(), Is.Empty, "errors in the browser console");
    }

    [Test]
    public void MarkupInLabelsAndTitleIsShownLiterally()
    {
        Assert.That(Browser.Ids("node"), Has.Count.EqualTo(4), "the breakout label did not end the data block early");
        Assert.That(Browser.Data("person:img", "label"), Is.EqualTo(Img));
        Assert.That(Browser.Data("organisation:breakout", "label"), Is.EqualTo(Breakout));
        Assert.That(Browser.Driver.FindElement(By.Id("title")).Text, Is.EqualTo("<b>Graph</b> " + Breakout));
    }

    [Test]
    public void SearchingMarkupSelectsTheNodeAndThePanelShowsItsStringsLiterally()
    {
        Browser.Driver.FindElement(By.Id("search")).SendKeys("<img");
        Browser.WaitUntil(() => Browser.DetailsText().Contains("Edges ("), "the node panel");

        Assert.That(Browser.Ids("node:selected"), Is.EqualTo(new[] { "person:img" }));
        Assert.That(Browser.DetailsText(), Does.Contain(Img).And.Contain("<svg onload=x>").And.Contain("<i>Minister</i>")
            .And.Contain("<u>Title</u>"));
    }

    [Test]
    public void EdgeEvidenceAndAttributesAreShownLiterally()
    {
        Browser.ClickElement(Designated);
        Browser.WaitUntil(() => Browser.DetailsText().Contains("Evidence"), "the edge panel");
        Assert.That(Browser.DetailsText(), Does.Contain(As).And.Contain("2023-01").And.Contain("happened"));

        Browser.Script("window.__graphbuilder.cy.getElementById(arguments[0]).select();", MetWith);
        Browser.WaitUntil(() => Browser.DetailsText().Contains(Sentence), "the met_with evidence");
        Assert.That(Browser.DetailsText(), Does.Contain("doc-1").And.Contain("<u>Title</u>"));
    }

    [Test]
    public void SymmetricRelationsHaveNoArrowAndPlannedEdgesAreDashed()
    {
        Assert.That(Browser.Style(MetWith, "target-arrow-shape"), Is.EqualTo("none"));
        Assert.That(Browser.Style(Designated, "target-arrow-shape"), Is.EqualTo("triangle"));
        Assert.That(Browser.Style(Attended, "line-style"), Is.EqualTo("dashed"));
        Assert.That(Browser.Style(Designated, "line-style"), Is.EqualTo("solid"));
    }

    [Test]
    public void UncheckingANodeTypeHidesItsNodesAndTheirEdges()
    {
        Browser.Click(By.CssSelector("#type-filters input[value='person']"));

        string[] nodes = ["organisation:breakout", "country:ruritania", "event:summit"];
        Assert.That(Browser.VisibleIds("node", nodes), Is.EquivalentTo(nodes));
        Assert.That(Browser.VisibleIds("edge", [Designated]), Is.EqualTo(new[] { Designated }));
        Assert.That(Browser.Driver.FindElement(By.Id("stats")).Text, Is.EqualTo("3 of 4 nodes, 1 of 3 edges shown"));
    }

    [Test]
    public void UncheckingARelationHidesOnlyItsEdges()
    {
        Browser.Click(By.CssSelector("#relation-filters input[value='designated']"));

        Assert.That(Browser.VisibleIds("edge", [MetWith, Attended]), Is.EquivalentTo(new[] { MetWith, Attended }));
        Assert.That(Browser.Ids("node:visible"), Has.Count.EqualTo(4));
        Assert.That(Browser.Driver.FindElement(By.Id("stats")).Text, Is.EqualTo("4 of 4 nodes, 2 of 3 edges shown"));
    }

    [TestCase("2024-01-01", "2024-12-31", true, new[] { MetWith, Attended })]
    [TestCase("2023-01-31", "2023-02-28", true, new[] { Designated, Attended }, Description = "a month overlapping the range is in it")]
    [TestCase("2023-02-01", "2024-05-09", true, new[] { Attended })]
    [TestCase("2023-01-01", "2024-12-31", false, new[] { MetWith, Designated })]
    public void TheDateRangeHidesEdgesDatedOutsideIt(string from, string to, bool undated, string[] visible)
    {
        Browser.SetValue("date-from", from);
        Browser.SetValue("date-to", to);
        if (!undated)
            Browser.Click(By.Id("show-undated"));

        Assert.That(Browser.VisibleIds("edge", visible), Is.EquivalentTo(visible));
    }

    [Test]
    public void TheDateInputsStartAtTheEarliestAndLatestEdgeDates()
    {
        Assert.That(Browser.Script("return document.getElementById('date-from').value;"), Is.EqualTo("2023-01-01"));
        Assert.That(Browser.Script("return document.getElementById('date-to').value;"), Is.EqualTo("2024-05-10"));
        Assert.That(Browser.Ids("edge:visible"), Has.Count.EqualTo(3));
    }

    [Test]
    public void ANodeWithoutRolesOrAliasesShowsNoNullText()
    {
        Browser.Script("window.__graphbuilder.cy.getElementById('country:ruritania').select();");
        Browser.WaitUntil(() => Browser.DetailsText().Contains("Edges ("), "the node panel");

        Assert.That(Browser.DetailsText(), Does.Not.Contain("null").And.Contain("Ruritania"));
    }

    [Test]
    public void ASearchThatMatchesNothingLeavesNothingSelected()
    {
        var search = Browser.Driver.FindElement(By.Id("search"));
        search.SendKeys("Spring");
        Browser.WaitUntil(() => Browser.Ids("node:selected").Count == 1, "the match to be selected");

        search.SendKeys("zzz");

        Browser.WaitUntil(() => Browser.Driver.FindElement(By.Id("search-status")).Text == "no match", "no match");
        Assert.That(Browser.Eventually(() => Browser.Ids(":selected").Count == 0), Is.True, "the previous match stays selected");
    }

    [Test]
    public void RelationColoursAreFixedByName()
    {
        Assert.That(Browser.Style(MetWith, "line-color"), Is.EqualTo("rgb(27,108,168)"));
        Assert.That(Browser.Style(Designated, "line-color"), Is.EqualTo("rgb(176,58,46)"));
    }

    [Test]
    public void AnEdgeLabelIsShownOnHover()
    {
        Browser.Script("window.__graphbuilder.cy.getElementById(arguments[0]).emit('mouseover');", Designated);

        Assert.That(Browser.Style(Designated, "label"), Is.EqualTo("designated"));
        Assert.That(Browser.Style(Designated, "font-size"), Is.EqualTo("13px"));
    }

    private static GraphSnapshot HostileGraph()
    {
        var graph = new MultiGraph("<b>Graph</b> " + Breakout);
        graph.AddDocument(new DocumentInfo("doc-1", "articles/doc-1.txt", "<u>Title</u>", "2024-05-10"));
        graph.AddDocument(new DocumentInfo("doc-2", "articles/doc-2.txt", "Second", "2023-01-15"));
        graph.AddNode("person:img", Img, NodeType.Person).AddDocument("doc-1", 2).AddAlias("<svg onload=x>").AddRole("<i>Minister</i>");
        graph.AddNode("organisation:breakout", Breakout, NodeType.Organisation).AddDocument("doc-1", 1).AddDocument("doc-2", 1);
        graph.AddNode("country:ruritania", "Ruritania", NodeType.Country).AddDocument("doc-2", 1);
        graph.AddNode("event:summit", "Spring Summit", NodeType.Event).AddDocument("doc-2", 1);
        graph.AddEdge("person:img", Relations.MetWith, "organisation:breakout", new Evidence("doc-1", Sentence, 0, Sentence.Length), "2024-05-10");
        graph.AddEdge("country:ruritania", Relations.Designated, "organisation:breakout",
            new Evidence("doc-2", "Ruritania designated the group.", 0, 31), "2023-01").SetAttribute("as", As);
        graph.AddEdge("person:img", Relations.Attended, "event:summit",
            new Evidence("doc-2", "She will attend the summit.", 40, 67), null, EdgeStatus.Planned);
        return graph.ToSnapshot();
    }
}
