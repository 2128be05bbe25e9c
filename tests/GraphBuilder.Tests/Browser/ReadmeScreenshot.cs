using Newtonsoft.Json.Linq;

namespace GraphBuilder.Tests.Browser;

/// <summary>
/// Writes docs/graph.png, the README's picture of the seeds' graph with one edge's evidence open. Explicit, so
/// the ordinary test run never changes the checkout; regenerate with `dotnet test --filter Category=Screenshot`.
/// </summary>
[Explicit("writes docs/graph.png")]
[Category("Screenshot")]
public class ReadmeScreenshot
{
    [Test]
    public void WriteDocsGraphPng()
    {
        using var page = ViewerPage.FromSeeds();
        using var browser = ChromiumSession.Start(1280, 800);
        browser.Open(page.HtmlPath);

        // A typical edge to show: dated, with the most evidence.
        var edge = page.Links.OrderByDescending(l => l["date"]!.Type == JTokenType.String).ThenByDescending(l => l["evidence"]!.Count())
            .ThenBy(l => (string)l["id"]!, StringComparer.Ordinal).First();
        browser.Script("window.__graphbuilder.cy.getElementById(arguments[0]).select();", (string)edge["id"]!);
        browser.WaitUntil(() => browser.DetailsText().Contains("Evidence"), "the evidence panel");

        var path = Path.Combine(RepoPaths.Root, "docs", "graph.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        browser.Driver.GetScreenshot().SaveAsFile(path);
        Assert.That(new FileInfo(path).Length, Is.GreaterThan(20_000), "a blank page compresses to almost nothing");
        Assert.That(browser.Errors(), Is.Empty);
    }
}
