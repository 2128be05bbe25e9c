using System.Globalization;
using System.Text;
using GraphBuilder.Graph;
using Newtonsoft.Json;

namespace GraphBuilder.Export;

/// <summary>
/// graph.json: the node-link shape D3 and NetworkX read (json_graph.node_link_graph(data, edges="links")).
/// The key names and their order are the project's public contract; free-form attributes follow them.
/// </summary>
public sealed class JsonGraphWriter : IGraphWriter
{
    public string Format => "json";

    public string FileName => "graph.json";

    public void Write(GraphSnapshot graph, Stream output)
    {
        using var text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        Write(graph, text);
    }

    /// <summary>The exact text graph.json holds, for embedding (e.g. in the HTML viewer).</summary>
    public static string ToJson(GraphSnapshot graph)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(graph, text);
        return text.ToString();
    }

    /// <summary>Both callers set NewLine to "\n": Newtonsoft indents with the TextWriter's NewLine.</summary>
    private static void Write(GraphSnapshot graph, TextWriter text)
    {
        using (var json = new JsonTextWriter(text)
        {
            Formatting = Formatting.Indented, Indentation = 2, IndentChar = ' ',
            Culture = CultureInfo.InvariantCulture, CloseOutput = false,
        })
        {
            json.WriteStartObject();
            JsonFields.Property(json, "directed", true);
            JsonFields.Property(json, "multigraph", true);
            json.WritePropertyName("graph");
            WriteGraphInfo(json, graph);
            json.WritePropertyName("nodes");
            json.WriteStartArray();
            foreach (var node in graph.Nodes)
                WriteNode(json, node);
            json.WriteEndArray();
            json.WritePropertyName("links");
            json.WriteStartArray();
            foreach (var edge in graph.Edges)
                WriteLink(json, edge);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        text.Write('\n');
        text.Flush();
    }

    private static void WriteGraphInfo(JsonWriter json, GraphSnapshot graph)
    {
        json.WriteStartObject();
        JsonFields.Property(json, "name", graph.Name);
        JsonFields.Property(json, "generator", GraphSnapshot.Generator);
        json.WritePropertyName("documents");
        json.WriteStartArray();
        foreach (var d in graph.Documents)
        {
            json.WriteStartObject();
            JsonFields.Property(json, "id", d.Id);
            JsonFields.Property(json, "path", d.Path);
            JsonFields.Property(json, "title", d.Title);
            JsonFields.Property(json, "date", d.Date);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNode(JsonWriter json, Node node)
    {
        json.WriteStartObject();
        WriteNodeFields(json, node);
        json.WriteEndObject();
    }

    private static void WriteLink(JsonWriter json, Edge edge)
    {
        json.WriteStartObject();
        WriteLinkFields(json, edge);
        json.WriteEndObject();
    }

    /// <summary>A node's fields in contract order, then its free-form attributes (shared with the Cytoscape writer).</summary>
    internal static void WriteNodeFields(JsonWriter json, Node node)
    {
        JsonFields.Property(json, "id", node.Id);
        JsonFields.Property(json, "label", node.Label);
        JsonFields.Property(json, "type", node.Type.Name());
        json.WritePropertyName("aliases");
        JsonFields.Strings(json, node.Aliases);
        json.WritePropertyName("roles");
        JsonFields.Strings(json, node.Roles);
        json.WritePropertyName("documents");
        JsonFields.Strings(json, node.Documents);
        JsonFields.Property(json, "mentions", node.Mentions);
        JsonFields.Metrics(json, node.Metrics);
        foreach (var (key, value) in GraphAttributes.Of(node))
            JsonFields.Property(json, key, value);
    }

    /// <summary>A link's fields in contract order, then its free-form attributes (shared with the Cytoscape writer).</summary>
    internal static void WriteLinkFields(JsonWriter json, Edge edge)
    {
        JsonFields.Property(json, "id", edge.Id);
        JsonFields.Property(json, "source", edge.Source);
        JsonFields.Property(json, "target", edge.Target);
        JsonFields.Property(json, "relation", edge.Relation);
        JsonFields.DatesAndDirection(json, edge);
        JsonFields.Property(json, "status", edge.Status);
        JsonFields.Property(json, "weight", edge.Weight);
        json.WritePropertyName("evidence");
        JsonFields.Evidence(json, edge.Evidence);
        foreach (var (key, value) in GraphAttributes.Of(edge))
            JsonFields.Property(json, key, value);
    }
}
