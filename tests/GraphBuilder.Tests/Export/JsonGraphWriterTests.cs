using System.Text;
using GraphBuilder.Export;
using GraphBuilder.Graph;
using Newtonsoft.Json.Linq;

namespace GraphBuilder.Tests.Export;

/// <summary>graph.json keeps the node-link contract: its keys, their order, nulls, and extras that never override.</summary>
public class JsonGraphWriterTests
{
    private static JObject Parse(GraphSnapshot graph) => JObject.Parse(JsonGraphWriter.ToJson(graph));

    private static string[] Keys(JToken token) => ((JObject)token).Properties().Select(p => p.Name).ToArray();

    [Test]
    public void TopLevelAndGraphKeysFollowTheContract()
    {
        var json = Parse(SampleGraphs.Nasty());

        Assert.That(Keys(json), Is.EqualTo(new[] { "directed", "multigraph", "graph", "nodes", "links" }));
        Assert.That((bool)json["directed"]!, Is.True);
        Assert.That((bool)json["multigraph"]!, Is.True);
        Assert.That(Keys(json["graph"]!), Is.EqualTo(new[] { "name", "generator", "documents" }));
        Assert.That((string?)json["graph"]!["generator"], Is.EqualTo(GraphSnapshot.Generator));
        Assert.That(Keys(json["graph"]!["documents"]![0]!), Is.EqualTo(new[] { "id", "path", "title", "date" }));
        Assert.That(json["graph"]!["documents"]![1]!["date"]!.Type, Is.EqualTo(JTokenType.Null));
    }

    [Test]
    public void NodesAndLinksStartWithTheContractKeysThenTheirAttributes()
    {
        var json = Parse(SampleGraphs.Nasty());
        var eventNode = json["nodes"]!.Single(n => (string?)n["id"] == "event:node");
        var designated = json["links"]!.Single(l => (string?)l["relation"] == "designated");
        var planned = json["links"]!.Single(l => (string?)l["status"] == "planned");

        Assert.That(Keys(eventNode), Is.EqualTo(new[]
        {
            "id", "label", "type", "aliases", "roles", "documents", "mentions",
            "degree", "weighted_degree", "component", "component_size", "pagerank", "first_date", "last_date",
        }));
        Assert.That(Keys(designated), Is.EqualTo(new[]
        {
            "id", "source", "target", "relation", "date", "first_date", "last_date", "dates", "undirected",
            "status", "weight", "evidence", "as",
        }));
        Assert.That(Keys(designated["evidence"]![0]!), Is.EqualTo(new[] { "document", "sentence", "start", "end", "date" }));
        Assert.That(eventNode["component"]!.Type, Is.EqualTo(JTokenType.Integer));
        Assert.That(eventNode["pagerank"]!.Type, Is.EqualTo(JTokenType.Float));
        Assert.That(planned["date"]!.Type, Is.EqualTo(JTokenType.Null));
        Assert.That(planned["weight"]!.Type, Is.EqualTo(JTokenType.Integer));
    }

    [Test]
    public void AnAttributeNamedLikeAContractKeyNeverOverridesIt()
    {
        var json = Parse(SampleGraphs.Clashes());
        var node = json["nodes"]!.Single(n => (string?)n["id"] == "person:a");
        var link = json["links"]!.Single();

        Assert.That((string?)node["label"], Is.EqualTo("A"));
        Assert.That(Keys(node).Count(k => k == "label"), Is.EqualTo(1));
        Assert.That((string?)node["first seen"], Is.EqualTo("2024"));
        Assert.That((int)link["weight"]!, Is.EqualTo(1));
        Assert.That(Keys(link), Does.Not.Contain("key"), "NetworkX would take it for the multigraph edge key");
        Assert.That((string?)link["as"], Is.EqualTo("guest"));
    }

    [Test]
    public void ToJsonIsExactlyWhatTheFileHolds() =>
        Assert.That(JsonGraphWriter.ToJson(SampleGraphs.Nasty()),
            Is.EqualTo(Encoding.UTF8.GetString(WriterOutput.Bytes(new JsonGraphWriter(), SampleGraphs.Nasty()))));

    [Test]
    public void ControlCharactersAreEscapedNotDropped() =>
        Assert.That(JsonGraphWriter.ToJson(SampleGraphs.Nasty()), Does.Contain(@"Bell\u0001Ringer\u000bTab\tEnd"));
}
