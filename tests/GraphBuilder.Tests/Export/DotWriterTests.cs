using System.Text;
using GraphBuilder.Export;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Export;

/// <summary>graph.dot's drawing choices: quoted IDs, charset, shape by type, symmetric and planned edges.</summary>
public class DotWriterTests
{
    private static string[] Lines(GraphSnapshot graph) =>
        Encoding.UTF8.GetString(WriterOutput.Bytes(new DotWriter(), graph)).Split('\n');

    [Test]
    public void QuotedDigraphWithUtf8Charset()
    {
        var lines = Lines(SampleGraphs.Nasty());

        Assert.That(lines[0], Is.EqualTo("digraph \"Nasty \\\"sample\\\" \\\\ graph\" {"));
        Assert.That(lines, Has.Some.Contains("charset=\"UTF-8\""));
        Assert.That(lines[^2], Is.EqualTo("}"));
    }

    [Test]
    public void EachNodeIsQuotedAndShapedByItsType()
    {
        var lines = Lines(SampleGraphs.Nasty());

        foreach (var node in SampleGraphs.Nasty().Nodes)
        {
            var style = NodeStyles.Of(node.Type);
            Assert.That(lines, Has.One.StartsWith($"  {DotText.Quote(node.Id)} [label={DotText.Quote(node.Label)}, shape=\"{style.Shape}\""), node.Id);
        }
        Assert.That(NodeTypes.All.Select(t => NodeStyles.Of(t).Shape), Is.Unique);
        Assert.That(NodeTypes.All.Select(t => NodeStyles.Of(t).Hex), Is.Unique);
    }

    [Test]
    public void EdgesCarryRelationAndEveryDateSymmetricOnesHaveNoArrowPlannedOnesAreDashed()
    {
        var lines = Lines(SampleGraphs.Nasty());

        Assert.That(lines, Has.One.EqualTo(
            "  \"person:amina-diallo\" -> \"person:path\" [id=\"person:amina-diallo--met_with--person:path\", " +
            "label=\"met_with\\n2024-05, 2024-05-02\", penwidth=\"1.5\", weight=\"2\", color=\"#1b6ca8\", fontcolor=\"#1b6ca8\", " +
            "dates=\"[\\\"2024-05\\\",\\\"2024-05-02\\\"]\", dir=\"none\"];"));
        Assert.That(lines, Has.One.EqualTo(
            "  \"person:bell\" -> \"event:node\" [id=\"person:bell--attended--event:node\", label=\"attended\", penwidth=\"1.0\", " +
            "weight=\"1\", color=\"#117a65\", fontcolor=\"#117a65\", dates=\"[]\", style=\"dashed\"];"));
        Assert.That(lines.Count(l => l.Contains(" -> ")), Is.EqualTo(SampleGraphs.Nasty().Edges.Count));
    }

    [Test]
    public void NodesCarryTheirMetricsAndGrowWithPageRank()
    {
        var lines = Lines(SampleGraphs.Nasty());
        string Line(string id) => lines.Single(l => l.StartsWith($"  \"{id}\" [", StringComparison.Ordinal));

        Assert.That(Line("person:amina-diallo"), Does.Contain("fontsize=\"20.0\", degree=\"1\", weighted_degree=\"2\", component=\"3\", component_size=\"2\""));
        Assert.That(Line("place:graph"), Does.Contain("fontsize=\"11.5\", degree=\"0\", weighted_degree=\"0\", component=\"4\", component_size=\"1\", pagerank=\"0.15\""));
    }

    [Test]
    public void PictureSettingsPackComponentsAndKeepEnginesFromOverlapping()
    {
        var graphLine = Lines(SampleGraphs.Nasty())[1];

        foreach (var setting in new[] { "rankdir=\"LR\"", "overlap=\"prism\"", "splines=\"true\"" })
            Assert.That(graphLine, Does.Contain(setting));
    }

    [TestCase(5, false)]
    [TestCase(60, true)]
    public void NodesWithoutEdgesAreLeftOutWhenThereAreMany(int unconnected, bool leftOut)
    {
        var graph = LargeGraphs.Communities(100 + unconnected, 300, unconnected);
        var linked = graph.Nodes.Count(n => graph.Edges.Any(e => e.Source == n.Id || e.Target == n.Id));
        var lines = Lines(graph);

        Assert.That(graph.Nodes.Count - linked > DotPicture.MaxUnconnectedDrawn, Is.EqualTo(leftOut), "the case covers what it says");
        Assert.That(lines.Count(l => l.Contains("shape=")), Is.EqualTo(leftOut ? linked : graph.Nodes.Count));
        Assert.That(lines[1], leftOut ? Does.Contain($"{graph.Nodes.Count - linked} nodes without edges not drawn") : Does.Not.Contain("not drawn"));
    }

    [Test]
    public void TheLegendListsTheTypesAndRelationsTheGraphHolds()
    {
        var legend = DotLegend.Label(SampleGraphs.Nasty());

        foreach (var type in new[] { "person", "organisation", "country", "place", "event" })
            Assert.That(legend, Does.Contain($"BGCOLOR=\"{NodeStyles.Of(NodeTypes.Parse(type)).Hex}\" BORDER=\"1\">{type}<"));
        Assert.That(legend, Does.Contain("<FONT COLOR=\"#b03a2e\">━━ </FONT>designated →"));
        Assert.That(legend, Does.Contain("<FONT COLOR=\"#1b6ca8\">━━ </FONT>met_with<"), "symmetric: no arrow");
        Assert.That(legend, Does.Not.Contain("co_chaired"), "only relations the graph holds");
    }

    [TestCase("met_with", "#1b6ca8")]
    [TestCase("designated", "#b03a2e")]
    public void RelationColoursAreFixedByName(string relation, string colour) =>
        Assert.That(RelationStyles.Colour(relation), Is.EqualTo(colour));
}
