using Newtonsoft.Json.Linq;
using OpenQA.Selenium;

namespace GraphBuilder.Tests.Browser;

/// <summary>graph.html built from seeds/ by the real pipeline and extractor, opened in headless Chromium.</summary>
[Category("Browser")]
[NonParallelizable]
public class SeedGraphViewerTests
{
    private ViewerPage _page = null!;
    private ChromiumSession _browser = null!;

    [OneTimeSetUp]
    public void BuildSeedsAndStartBrowser()
    {
        _page = ViewerPage.FromSeeds();
        _browser = ChromiumSession.Start();
    }

    [OneTimeTearDown]
    public void StopBrowser()
    {
        _browser?.Dispose();
        _page?.Dispose();
    }

    [SetUp]
    public void OpenPage() => _browser.Open(_page.HtmlPath);

    [TearDown]
    public void NoErrorsInTheConsole()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Passed)
            Assert.That(_browser.Errors(), Is.Empty, "errors in the browser console");
    }

    [Test]
    public void LoadsWithoutErrorsInTheConsole()
    {
        Assert.That(_browser.Errors(), Is.Empty);
        Assert.That(_browser.Script("return window.__graphbuilder.ready;"), Is.True);
    }

    [Test]
    public void RendersEveryNodeAndEdgeOfGraphJson()
    {
        var nodeIds = _page.Nodes.Select(n => (string)n["id"]!).ToList();
        var linkIds = _page.Links.Select(l => (string)l["id"]!).ToList();

        Assert.That(nodeIds, Is.Not.Empty);
        Assert.That(linkIds, Is.Not.Empty);
        Assert.That(_browser.Ids("node"), Is.EquivalentTo(nodeIds));
        Assert.That(_browser.Ids("edge"), Is.EquivalentTo(linkIds));
        Assert.That(_browser.Ids(":visible").Count, Is.EqualTo(nodeIds.Count + linkIds.Count), "nothing is hidden before the user filters");
    }

    [Test]
    public void SearchingNaqviSelectsAndCentresThatNode()
    {
        _browser.Driver.FindElement(By.Id("search")).SendKeys("Naqvi");
        _browser.WaitUntil(() => _browser.Ids("node:selected").Count == 1, "a node to be selected");

        var id = _browser.Ids("node:selected")[0];
        var node = _page.Nodes.Single(n => (string)n["id"]! == id);
        Assert.That((string)node["label"]!, Does.Contain("Naqvi").IgnoreCase);
        var offset = (System.Collections.ObjectModel.ReadOnlyCollection<object>)_browser.Script("""
            const cy = window.__graphbuilder.cy, p = cy.$(':selected').renderedPosition();
            return [p.x - cy.width() / 2, p.y - cy.height() / 2];
            """)!;
        Assert.That(offset.Select(Convert.ToDouble), Is.All.InRange(-1.0, 1.0), "the node is centred");
        _browser.WaitUntil(() => _browser.DetailsText().Contains((string)node["label"]!), "the panel to show the node");
    }

    [Test]
    public void ClickingAnEdgeShowsItsEvidenceSentences()
    {
        var id = EdgeFarthestFromOtherElements();
        var link = _page.Links.Single(l => (string)l["id"]! == id);

        _browser.ClickElement(id);
        _browser.WaitUntil(() => _browser.Ids("edge:selected").Count == 1, "the edge to be selected");

        Assert.That(_browser.Ids("edge:selected"), Is.EqualTo(new[] { id }));
        _browser.WaitUntil(() => _browser.DetailsText().Contains("Evidence"), "the evidence panel");
        var text = _browser.DetailsText();
        Assert.That(link["evidence"]!.Select(e => (string)e["sentence"]!), Is.Not.Empty.And.All.Matches<string>(text.Contains));
        Assert.That(text, Does.Contain((string)link["evidence"]![0]!["document"]!));
        Assert.That(text, Does.Contain((string)link["status"]!));
        Assert.That(text, Does.Contain((string)link["relation"]!));
    }

    [Test]
    public void ClickingANodeShowsItsLabelTypeDocumentsAndEdges()
    {
        var node = _page.Nodes.OrderByDescending(Degree).ThenBy(n => (string)n["id"]!, StringComparer.Ordinal).First();

        _browser.ClickElement((string)node["id"]!);
        _browser.WaitUntil(() => _browser.DetailsText().Contains("Edges ("), "the node panel");

        var text = _browser.DetailsText();
        Assert.That(_browser.Ids("node:selected"), Is.EqualTo(new[] { (string)node["id"]! }));
        Assert.That(text, Does.Contain((string)node["label"]!).And.Contain((string)node["type"]!));
        Assert.That(node["documents"]!.Select(d => (string)d!), Is.All.Matches<string>(text.Contains));
        Assert.That(text, Does.Contain($"Edges ({Degree(node)})"));
    }

    [Test]
    public void TwoLoadsDrawTheSameLayout()
    {
        const string positions = "return JSON.stringify(window.__graphbuilder.cy.nodes().map(n => [n.id(), n.position()]));";
        var first = (string)_browser.Script(positions)!;

        _browser.Open(_page.HtmlPath);

        Assert.That((string)_browser.Script(positions)!, Is.EqualTo(first));
    }

    private int Degree(JObject node) =>
        _page.Links.Count(l => (string)l["source"]! == (string)node["id"]! || (string)l["target"]! == (string)node["id"]!);

    /// <summary>The edge whose midpoint lies farthest from every node and every other edge, so a click there hits only it.</summary>
    private string EdgeFarthestFromOtherElements() => (string)_browser.Script("""
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
