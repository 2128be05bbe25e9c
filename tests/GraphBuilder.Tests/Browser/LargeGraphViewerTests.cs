using System.Diagnostics;
using GraphBuilder.Export;
using GraphBuilder.Graph;
using OpenQA.Selenium;

namespace GraphBuilder.Tests.Browser;

/// <summary>
/// The viewer on generated graphs of news shape: a benchmark at 2,000 nodes / 6,000 edges (ready time printed,
/// generous bound), the page answering while the layout runs, and the controls for big graphs.
/// </summary>
[Category("Browser")]
[NonParallelizable]
public class LargeGraphViewerTests
{
    private static ChromiumSession? _browser;

    [OneTimeSetUp]
    public void StartBrowser() => _browser = ChromiumSession.Start();

    [OneTimeTearDown]
    public void StopBrowser() => _browser?.Dispose();

    private static ChromiumSession Browser => _browser!;

    /// <summary>Opens the page and polls it until ready; returns the longest a poll waited (the page's longest stall).</summary>
    private static TimeSpan OpenAndWaitForLayout(string htmlPath, TimeSpan limit)
    {
        Browser.Driver.Navigate().GoToUrl("about:blank");
        Browser.Driver.Navigate().GoToUrl(new Uri(htmlPath).AbsoluteUri);
        var clock = Stopwatch.StartNew();
        var longest = TimeSpan.Zero;
        while (clock.Elapsed < limit)
        {
            var asked = clock.Elapsed;
            var ready = Browser.Script("return !!(window.__graphbuilder && window.__graphbuilder.ready) || window.__graphbuilderErrors.length > 0;");
            longest = TimeSpan.FromTicks(Math.Max(longest.Ticks, (clock.Elapsed - asked).Ticks));
            if (ready is true)
                return longest;
            Thread.Sleep(100);
        }
        Assert.Fail($"the viewer was not ready after {limit.TotalSeconds} s");
        return longest;
    }

    private static double Timing(string name) => Convert.ToDouble(Browser.Script($"return window.__graphbuilder.timings.{name};"));

    [TestCase(500, 1500, 50)]
    [TestCase(2000, 6000, 200)]
    public void ABigGraphIsReadyAndThePageAnswersMeanwhile(int nodes, int edges, int unconnected)
    {
        using var page = new ViewerPage(LargeGraphs.Communities(nodes, edges, unconnected));

        var stall = OpenAndWaitForLayout(page.HtmlPath, TimeSpan.FromSeconds(120));

        var ready = Timing("readyMs");
        TestContext.Out.WriteLine($"viewer {nodes} nodes / {edges} edges: interactive (drawn, controls working) {Timing("controlsMs") / 1000:0.0} s " +
                                  $"after navigation, layout done {ready / 1000:0.0} s, layout {Timing("layoutMs") / 1000:0.0} s, " +
                                  $"longest layout slice {Timing("longestSliceMs"):0} ms, longest wait for the page to answer {stall.TotalMilliseconds:0} ms " +
                                  $"(viewer script started at {Timing("scriptMs"):0} ms, Cytoscape created at {Timing("createdMs"):0} ms)");
        Assert.That(Browser.Errors(), Is.Empty);
        // Safety nets only, for a loaded shared machine; the figures are printed above.
        Assert.That(ready, Is.LessThan(120_000));
        Assert.That(stall, Is.LessThan(TimeSpan.FromSeconds(20)), "the page stayed blocked");
        Assert.That(Browser.Ids("node"), Has.Count.EqualTo(nodes));
    }

    [Test]
    public void UnconnectedNodesStartHiddenInABigGraphAndTheToggleShowsThem()
    {
        var graph = LargeGraphs.Communities(400, 700, unconnected: 150);
        using var page = new ViewerPage(graph);
        OpenAndWaitForLayout(page.HtmlPath, TimeSpan.FromSeconds(60));
        var linked = graph.Nodes.Where(n => graph.Edges.Any(e => e.Source == n.Id || e.Target == n.Id)).Select(n => n.Id).ToList();

        Assert.That(Browser.VisibleIds("node", linked), Is.EquivalentTo(linked));
        Browser.Click(By.Id("show-unconnected"));
        Assert.That(Browser.Eventually(() => Browser.Ids("node:visible").Count == 400), Is.True);
        Assert.That(Browser.Driver.FindElement(By.Id("unconnected-count")).Text, Is.EqualTo((400 - linked.Count).ToString()));
    }

    [Test]
    public void TopNKeepsTheMostConnectedNodes()
    {
        var graph = LargeGraphs.Communities(400, 700, unconnected: 150);
        using var page = new ViewerPage(graph);
        OpenAndWaitForLayout(page.HtmlPath, TimeSpan.FromSeconds(60));
        var hub = graph.Nodes.MaxBy(n => graph.Edges.Count(e => e.Source == n.Id || e.Target == n.Id))!.Id;

        Browser.SetValue("top-n", "10");

        Assert.That(Browser.Eventually(() => Browser.Ids("node:visible").Count == 10), Is.True);
        Assert.That(Browser.Ids("node:visible"), Does.Contain(hub));
        Assert.That(Browser.Driver.FindElement(By.Id("top-n-basis")).Text, Is.EqualTo("pagerank"), "graph.json carries PageRank");
    }

    [Test]
    public void AnEdgeIsShownWhenAnyOfItsDatesIsInRange()
    {
        var g = new MultiGraph("dates");
        g.AddDocument(new DocumentInfo("d1", "d1.txt", null, null));
        g.AddNode("person:a", "Mara Quint", NodeType.Person).AddDocument("d1", 1);
        g.AddNode("person:b", "Ivo Brandt", NodeType.Person).AddDocument("d1", 1);
        g.AddEdge("person:a", Relations.MetWith, "person:b", new Evidence("d1", "They met.", 0, 9), "2024-01-10");
        g.AddEdge("person:a", Relations.MetWith, "person:b", new Evidence("d1", "They met again.", 10, 25), "2024-06");
        using var page = new ViewerPage(g.ToSnapshot());
        OpenAndWaitForLayout(page.HtmlPath, TimeSpan.FromSeconds(30));
        var edge = Browser.Ids("edge").Single();

        Browser.SetValue("date-from", "2024-06-10");
        Browser.SetValue("date-to", "2024-06-20");
        Assert.That(Browser.VisibleIds("edge", [edge]), Is.EqualTo(new[] { edge }), "June (a later date) is in range");

        Browser.SetValue("date-from", "2024-02-01");
        Browser.SetValue("date-to", "2024-05-31");
        Assert.That(Browser.Eventually(() => Browser.Ids("edge:visible").Count == 0), Is.True, "no date in February-May");
    }
}
