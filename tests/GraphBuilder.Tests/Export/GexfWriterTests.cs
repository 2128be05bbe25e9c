using System.Xml.Linq;
using GraphBuilder.Export;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Export;

/// <summary>
/// graph.gexf follows Gephi's importer (ImporterGEXF): GEXF 1.3, a directed graph whose symmetric edges are
/// type="undirected", relation as kind and label, weight, dates as spells in a dynamic graph, viz colour and
/// size, and attributes declared with types before any value refers to them.
/// </summary>
public class GexfWriterTests
{
    private static readonly XNamespace G = "http://gexf.net/1.3";
    private static readonly XNamespace Viz = "http://gexf.net/1.3/viz";

    private static XDocument Parse(GraphSnapshot graph)
    {
        using var stream = new MemoryStream(WriterOutput.Bytes(new GexfWriter(), graph));
        return XDocument.Load(stream);
    }

    private static XElement Edge(XDocument doc, string id) => doc.Descendants(G + "edge").Single(e => (string?)e.Attribute("id") == id);

    [Test]
    public void VersionModeAndEdgeDefault()
    {
        var graph = Parse(SampleGraphs.Nasty()).Root!;

        Assert.That((string?)graph.Attribute("version"), Is.EqualTo("1.3"));
        Assert.That(graph.Element(G + "graph")!.Attributes().Select(a => (a.Name.LocalName, a.Value)), Is.EqualTo(new[]
        {
            ("defaultedgetype", "directed"), ("mode", "dynamic"), ("timeformat", "date"),
        }));
    }

    [Test]
    public void AGraphWithoutDatesIsStatic() =>
        Assert.That((string?)Parse(SampleGraphs.Clashes()).Root!.Element(G + "graph")!.Attribute("mode"), Is.EqualTo("static"));

    [Test]
    public void SymmetricEdgesAreUndirectedAndEveryEdgeHasItsRelationAsKind()
    {
        var doc = Parse(SampleGraphs.Nasty());
        var metWith = Edge(doc, "person:amina-diallo--met_with--person:path");
        var designated = Edge(doc, "country:المغرب--designated--organisation:strict");

        Assert.That(((string?)metWith.Attribute("type"), (string?)metWith.Attribute("kind"), (string?)metWith.Attribute("weight")),
            Is.EqualTo(("undirected", "met_with", "2")));
        Assert.That(((string?)designated.Attribute("type"), (string?)designated.Attribute("kind"), (string?)designated.Attribute("label")),
            Is.EqualTo(((string?)null, "designated", "designated")));
    }

    [Test]
    public void DatesBecomeSpellsAPartialDateSpanningItsPeriodAndOverlapsJoined()
    {
        var spells = Edge(Parse(SampleGraphs.Nasty()), "person:amina-diallo--met_with--person:path").Descendants(G + "spell");

        Assert.That(spells.Select(s => ((string?)s.Attribute("start"), (string?)s.Attribute("end"))),
            Is.EqualTo(new[] { ("2024-05-01", "2024-05-31") }), "2024-05 holds 2024-05-02");
    }

    [Test]
    public void EveryValueRefersToADeclaredTypedAttributeOfItsClass()
    {
        var doc = Parse(SampleGraphs.Nasty());
        var declared = doc.Descendants(G + "attributes").SelectMany(a => a.Elements(G + "attribute"),
            (a, e) => ((string)a.Attribute("class")!, (string)e.Attribute("id")!, (string)e.Attribute("type")!)).ToList();
        var used = doc.Descendants(G + "attvalue").Select(v => (v.Parent!.Parent!.Name.LocalName, (string)v.Attribute("for")!));

        Assert.That(used.Distinct(), Is.SubsetOf(declared.Select(d => (d.Item1, d.Item2))));
        Assert.That(declared.Select(d => d.Item3), Is.All.AnyOf("string", "integer", "double", "boolean"));
        Assert.That(declared, Does.Contain(("node", "component", "integer")).And.Contain(("node", "pagerank", "double"))
            .And.Contain(("edge", "undirected", "boolean")).And.Contain(("edge", "dates", "string")));
    }

    [Test]
    public void NodesHaveTheirTypeColourAndASizeThatFollowsPageRank()
    {
        var doc = Parse(SampleGraphs.Nasty());
        var sizes = doc.Descendants(G + "node").ToDictionary(n => (string)n.Attribute("id")!,
            n => double.Parse((string)n.Element(Viz + "size")!.Attribute("value")!, System.Globalization.CultureInfo.InvariantCulture));
        var colour = doc.Descendants(G + "node").First(n => (string?)n.Attribute("id") == "person:bell").Element(Viz + "color")!;

        Assert.That(sizes["person:amina-diallo"], Is.EqualTo(50));
        Assert.That(sizes["place:graph"], Is.LessThan(sizes["place:harbour"]));
        Assert.That(colour.Attributes().Select(a => a.Value), Is.EqualTo(new[] { "166", "206", "227" }));
    }
}
