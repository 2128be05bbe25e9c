using System.Text.RegularExpressions;
using GraphBuilder.Export;
using GraphBuilder.Graph;
using Newtonsoft.Json.Linq;

namespace GraphBuilder.Tests.Export;

/// <summary>graph.html as text: the embedded data cannot end its script element, and the page is complete and stable.</summary>
public class HtmlWriterTests
{
    private const string Breakout = "</script><script>alert(1)</script><!--";

    [TestCase("<", @"\u003c")]
    [TestCase("\"</script>\"", @"""\u003c/script>""")]
    [TestCase("\"<!--\"", @"""\u003c!--""")]
    [TestCase("\"a\u2028b\u2029c\"", @"""a\u2028b\u2029c""")]
    [TestCase("{\"a\": \"b & c > d\"}", "{\"a\": \"b & c > d\"}")]
    public void ScriptDataEscapesWhatCouldEndTheScriptElement(string json, string expected) =>
        Assert.That(HtmlWriter.ScriptData(json), Is.EqualTo(expected));

    [Test]
    public void TheGraphDataBlockParsesBackToGraphJson()
    {
        var graph = HostileGraph();

        var page = HtmlWriter.Render(graph);

        var block = Regex.Match(page, "<script type=\"application/json\" id=\"graph-data\">(.*?)</script>", RegexOptions.Singleline);
        Assert.That(block.Success);
        Assert.That(JToken.DeepEquals(JToken.Parse(block.Groups[1].Value), JToken.Parse(JsonGraphWriter.ToJson(graph))));
        Assert.That(block.Groups[1].Value, Does.Not.Contain("<"));
    }

    [Test]
    public void MarkupInTheDataAddsNoScriptElement()
    {
        var page = HtmlWriter.Render(HostileGraph());

        Assert.That(Regex.Count(page, "</script", RegexOptions.IgnoreCase), Is.EqualTo(Regex.Count(page, "<script", RegexOptions.IgnoreCase)));
        Assert.That(Regex.Count(page, "<script", RegexOptions.IgnoreCase), Is.EqualTo(3 + ViewerAssets.LibraryScripts.Count + 2),
            "the error collector, the two data blocks, the libraries, the layout and the viewer");
        Assert.That(page, Does.Contain("\"{{VIEWER_JS}}\""), "data is not scanned for placeholders");
    }

    [Test]
    public void ThePageIsCompleteAndTheSameEveryTime()
    {
        var graph = new MultiGraph("seeds");
        graph.AddNode("person:a", "A", NodeType.Person);

        var first = HtmlWriter.Render(graph.ToSnapshot());

        Assert.That(HtmlWriter.Render(graph.ToSnapshot()), Is.EqualTo(first));
        Assert.That(Regex.IsMatch(first, @"\{\{[A-Z_]+\}\}"), Is.False, "a placeholder was left");
        Assert.That(first, Does.Not.Contain("\r"));
        Assert.That(first, Does.Contain("cytoscape").And.Contain("window.__graphbuilder = "));
        Assert.That(first, Does.StartWith("<!DOCTYPE html>"));
    }

    [Test]
    public void TheConfigNamesTheSymmetricRelationsPresentAndTheNodeColours()
    {
        var config = Regex.Match(HtmlWriter.Render(HostileGraph()), "id=\"viewer-config\">(.*?)</script>").Groups[1].Value;

        Assert.That(JObject.Parse(config)["symmetricRelations"]!.Values<string>(), Is.EqualTo(new[] { "met_with" }));
        Assert.That(JObject.Parse(config)["nodeColours"]!["person"]!.Value<string>(), Is.EqualTo(NodeStyles.Of(NodeType.Person).Hex));
    }

    private static GraphSnapshot HostileGraph()
    {
        var graph = new MultiGraph(Breakout);
        graph.AddNode("person:a", "<img src=x onerror=alert(1)>", NodeType.Person).AddAlias("{{VIEWER_JS}}");
        graph.AddNode("country:b", Breakout + "\u2028", NodeType.Country);
        graph.AddEdge("person:a", Relations.MetWith, "country:b", new Evidence("d", Breakout, 0, Breakout.Length));
        graph.AddEdge("country:b", Relations.Designated, "person:a", new Evidence("d", "x", 0, 1));
        return graph.ToSnapshot();
    }
}
