using Newtonsoft.Json.Linq;
using OpenQA.Selenium;

namespace GraphBuilder.Tests.Browser;

/// <summary>graph.html built from seeds/ by the real pipeline and extractor, opened in headless Chromium.</summary>
[Category("Browser")]
[NonParallelizable]
public class SeedGraphViewerTests : ViewerFixture
{
    protected override ViewerPage CreatePage() => ViewerPage.FromSeeds();

    [TearDown]
    public void NoErrorsInTheConsole()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Passed)
            Assert.That(Browser.Errors(), Is.Empty, "errors in the browser console");
    }

    [Test]
    public void LoadsWithoutErrorsInTheConsole()
    {
        Assert.That(Browser.Errors(), Is.Empty);
        Assert.That(Browser.Script("return window.__graphbuilder.ready;"), Is.True);
    }

    [Test]
    public void RendersEveryNodeAndEdgeOfGraphJson()
    {
        var nodeIds = Page.Nodes.Select(n => (string)n["id"]!).ToList();
        var linkIds = Page.Links.Select(l => (string)l["id"]!).ToList();

        Assert.That(nodeIds, Is.Not.Empty);
        Assert.That(linkIds, Is.Not.Empty);
        Assert.That(Browser.Ids("node"), Is.EquivalentTo(nodeIds));
        Assert.That(Browser.Ids("edge"), Is.EquivalentTo(linkIds));
        Assert.That(Browser.Ids(":visible").Count, Is.EqualTo(nodeIds.Count + linkIds.Count), "nothing is hidden before the user filters");
    }

    [Test]
    public void SearchingNaqviSelectsAndCentresThatNode()
    {
        Browser.Driver.FindElement(By.Id("search")).SendKeys("Naqvi");
        Browser.WaitUntil(() => Browser.Ids("node:selected").Count == 1, "a node to be selected");

        var id = Browser.Ids("node:selected")[0];
        var node = Page.Nodes.Single(n => (string)n["id"]! == id);
        Assert.That((string)node["label"]!, Does.Contain("Naqvi").IgnoreCase);
        var offset = (System.Collections.ObjectModel.ReadOnlyCollection<object>)Browser.Script("""
            const cy = window.__graphbuilder.cy, p = cy.$(':selected').renderedPosition();
            return [p.x - cy.width() / 2, p.y - cy.height() / 2];
            """)!;
        Assert.That(offset.Select(Convert.ToDouble), Is.All.InRange(-1.0, 1.0), "the node is centred");
        Browser.WaitUntil(() => Browser.DetailsText().Contains((string)node["label"]!), "the panel to show the node");
    }

    [Test]
    public void ClickingAnEdgeShowsItsEvidenceSentences()
    {
        var id = EdgeFarthestFromOtherElements();
        var link = Page.Links.Single(l => (string)l["id"]! == id);

        Browser.ClickElement(id);
        Browser.WaitUntil(() => Browser.Ids("edge:selected").Count == 1, "the edge to be selected");

        Assert.That(Browser.Ids("edge:selected"), Is.EqualTo(new[] { id }));
        Browser.WaitUntil(() => Browser.DetailsText().Contains("Evidence"), "the evidence panel");
        var text = Browser.DetailsText();
        Assert.That(link["evidence"]!.Select(e => (string)e["sentence"]!), Is.Not.Empty.And.All.Matches<string>(text.Contains));
        Assert.That(text, Does.Contain((string)link["evidence"]![0]!["document"]!));
        Assert.That(text, Does.Contain((string)link["status"]!));
        Assert.That(text, Does.Contain((string)link["relation"]!));
    }

    [Test]
    public void ClickingANodeShowsItsLabelTypeDocumentsAndEdges()
    {
        var node = Page.Nodes.OrderByDescending(Degree).ThenBy(n => (string)n["id"]!, StringComparer.Ordinal).First();

        Browser.ClickElement((string)node["id"]!);
        Browser.WaitUntil(() => Browser.DetailsText().Contains("Edges ("), "the node panel");

        var text = Browser.DetailsText();
        Assert.That(Browser.Ids("node:selected"), Is.EqualTo(new[] { (string)node["id"]! }));
        Assert.That(text, Does.Contain((string)node["label"]!).And.Contain((string)node["type"]!));
        Assert.That(node["documents"]!.Select(d => (string)d!), Is.All.Matches<string>(text.Contains));
        Assert.That(text, Does.Contain($"Edges ({Degree(node)})"));
    }

    [Test]
    public void TwoLoadsDrawTheSameLayout()
    {
        const string positions = "return JSON.stringify(window.__graphbuilder.cy.nodes().map(n => [n.id(), n.position()]));";
        var first = (string)Browser.Script(positions)!;

        Browser.Open(Page.HtmlPath);

        Assert.That((string)Browser.Script(positions)!, Is.EqualTo(first));
    }

    private int Degree(JObject node) =>
        Page.Links.Count(l => (string)l["source"]! == (string)node["id"]! || (string)l["target"]! == (string)node["id"]!);

    /// <summary>The edge whose midpoint lies farthest from every node and every other edge, so a click there hits only it.</summary>
    private string EdgeFarthestFromOtherElements() => (string)Browser.Script("""
        const cy = window.__graphbuilder.cy;
        const toSegment = (m, a, b) => {
          const dx = b.x - a.x, dy = b.y - a.y, len = dx * dx + dy * dy;
          const t = len ? Math.max(0, Math.min(1, ((m.x - a.x) * dx + (m.y - a.y) * dy) / len)) : 0;
          return Math.hypot(a.x + t * dx - m.x, a.y + t * dy - m.y);
        };
        const clearance = e => {
          const m = e.midpoint();
          return Math.min(Infinity,
            ...cy.nodes().map(n => Math.hypot(n.position().x - m.x, n.position().y - m.y) - n.width() / 2),
            ...cy.edges().not(e).map(o => Math.min(Math.hypot(o.midpoint().x - m.x, o.midpoint().y - m.y),
              toSegment(m, o.source().position(), o.target().position()))));
        };
        return cy.edges().max(clearance).ele.id();
        """)!;
}
