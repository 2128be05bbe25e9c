using System.Xml;
using System.Xml.Linq;
using GraphBuilder.Export;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Export;

/// <summary>graph.graphml has the shape Gephi's importer, NetworkX and igraph all accept.</summary>
public class GraphMLWriterTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static XDocument Parse(GraphSnapshot graph)
    {
        using var stream = new MemoryStream(WriterOutput.Bytes(new GraphMLWriter(), graph));
        return XDocument.Load(stream);
    }

    private static IEnumerable<TestCaseData> Graphs()
    {
        yield return new TestCaseData(SampleGraphs.Nasty()).SetArgDisplayNames("nasty");
        yield return new TestCaseData(SampleGraphs.Clashes()).SetArgDisplayNames("clashes");
    }

    [TestCaseSource(nameof(Graphs))]
    public void DeclarationNamespaceAndSchemaLocation(GraphSnapshot graph)
    {
        var doc = Parse(graph);

        Assert.That(doc.Declaration?.Encoding, Is.EqualTo("utf-8").IgnoreCase);
        Assert.That(doc.Root!.Name, Is.EqualTo(G + "graphml"));
        Assert.That((string?)doc.Root.Attribute(Xsi + "schemaLocation"),
            Is.EqualTo("http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"));
        Assert.That(doc.Root.Elements().Select(e => e.Name.LocalName).Distinct(), Is.EqualTo(new[] { "key", "graph" }),
            "every key comes before the graph");
        Assert.That((string?)doc.Root.Element(G + "graph")!.Attribute("edgedefault"), Is.EqualTo("directed"));
    }

    [TestCaseSource(nameof(Graphs))]
    public void KeysAreOnePerDomainAndNameWithStandardTypes(GraphSnapshot graph)
    {
        var keys = Parse(graph).Root!.Elements(G + "key").ToList();

        Assert.That(keys.Select(k => (string?)k.Attribute("for")), Is.All.AnyOf("node", "edge"));
        Assert.That(keys.Select(k => (string?)k.Attribute("attr.type")),
            Is.All.AnyOf("boolean", "int", "long", "float", "double", "string"));
        Assert.That(keys.Select(k => (string)k.Attribute("attr.name")!), Is.All.Not.Contains(" "));
        Assert.That(keys.Select(k => (string?)k.Attribute("id")), Is.Unique);
        Assert.That(keys.Select(k => ((string?)k.Attribute("for"), (string?)k.Attribute("attr.name"))), Is.Unique);
        Assert.That(keys.Select(k => XmlConvert.VerifyNMTOKEN((string)k.Attribute("attr.name")!)), Is.All.Not.Null);
        Assert.That(Key(keys, "node", "label"), Is.EqualTo("string"));
        Assert.That(Key(keys, "edge", "label"), Is.EqualTo("string"));
        Assert.That(Key(keys, "edge", "weight"), Is.EqualTo("int"), "an int as in graph.json");
        Assert.That(Key(keys, "edge", "undirected"), Is.EqualTo("boolean"));
        Assert.That(Key(keys, "edge", "dates"), Is.EqualTo("string"));
        Assert.That(Key(keys, "node", "component"), Is.EqualTo("int"));
        Assert.That(Key(keys, "node", "pagerank"), Is.EqualTo("double"));
    }

    [TestCaseSource(nameof(Graphs))]
    public void EveryDataPointsToAKeyOfItsOwnDomainAndEveryElementHasAnNmTokenId(GraphSnapshot graph)
    {
        var doc = Parse(graph);
        var domainOf = doc.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);
        var items = doc.Descendants(G + "node").Concat(doc.Descendants(G + "edge")).ToList();

        Assert.That(items.SelectMany(i => i.Elements(G + "data"), (i, d) => domainOf.GetValueOrDefault((string)d.Attribute("key")!) == i.Name.LocalName),
            Is.All.True);
        Assert.That(items.Select(i => (string?)i.Attribute("id")), Is.All.Not.Null);
        Assert.That(items.Select(i => (string?)i.Attribute("id")), Is.Unique);
        Assert.That(() => items.ForEach(i => XmlConvert.VerifyNMTOKEN((string)i.Attribute("id")!)), Throws.Nothing);
        Assert.That(items.Count, Is.EqualTo(graph.Nodes.Count + graph.Edges.Count));
    }

    [Test]
    public void AttributesNamedLikeFieldsAreLeftOutAndOddNamesEncoded()
    {
        var doc = Parse(SampleGraphs.Clashes());
        var names = doc.Root!.Elements(G + "key").Select(k => $"{k.Attribute("for")!.Value}:{k.Attribute("attr.name")!.Value}");
        string Data(string id, string key) => doc.Descendants().Single(e => (string?)e.Attribute("id") == id)
            .Elements(G + "data").Single(d => (string?)d.Attribute("key") == key).Value;
        var edgeId = SampleGraphs.Clashes().Edges.Single().Id;

        Assert.That(names, Does.Contain("node:first_x0020_seen").And.Contain("edge:as"));
        Assert.That(Data("person:a", "n_label"), Is.EqualTo("A"));
        Assert.That(Data("person:a", "n_r"), Is.EqualTo("166"));
        Assert.That(Data("person:a", "n_first_x0020_seen"), Is.EqualTo("2024"));
        Assert.That(Data(edgeId, "e_weight"), Is.EqualTo("1"));
        Assert.That(Data(edgeId, "e_kind"), Is.EqualTo("visited"));
        Assert.That(Data(edgeId, "e_undirected"), Is.EqualTo("false"));
        Assert.That(Data(edgeId, "e_label"), Is.EqualTo("visited"));
        Assert.That(Data(edgeId, "e_as"), Is.EqualTo("guest"));
        Assert.That(names, Does.Not.Contain("edge:key"));
    }

    [Test]
    public void EdgeIdsAreTheModelsIdsUnchanged()
    {
        var doc = Parse(SampleGraphs.Nasty());

        Assert.That(doc.Descendants(G + "edge").Select(e => (string?)e.Attribute("id")),
            Is.EqualTo(SampleGraphs.Nasty().Edges.Select(e => e.Id)), "the same id as in graph.json, GEXF and graph.cyjs");
    }

    private static string? Key(List<XElement> keys, string domain, string name) =>
        (string?)keys.Single(k => (string?)k.Attribute("for") == domain && (string?)k.Attribute("attr.name") == name).Attribute("attr.type");
}
