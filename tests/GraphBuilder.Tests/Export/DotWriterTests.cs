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
            "label=\"met_with\\n2024-05, 2024-05-02\", penwidth=\"1.5\", weight=\"2\", dates=\"[\\\"2024-05\\\",\\\"2024-05-02\\\"]\", dir=\"none\"];"));
        Assert.That(lines, Has.One.EqualTo(
            "  \"person:bell\" -> \"event:node\" [id=\"person:bell--attended--event:node\", label=\"attended\", penwidth=\"1.0\", " +
            "weight=\"1\", dates=\"[]\", style=\"dashed\"];"));
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
}
