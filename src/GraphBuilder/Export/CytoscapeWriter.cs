using System.Globalization;
using System.Text;
using GraphBuilder.Graph;
using Newtonsoft.Json;

namespace GraphBuilder.Export;

/// <summary>
/// graph.cyjs: Cytoscape.js elements JSON, {"elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}},
/// which cytoscape({elements: …}) and Cytoscape desktop (File → Import → Network from File) both open.
/// Each data object holds graph.json's fields for that node or link under the same names, plus the
/// names Cytoscape desktop shows by default: "name" (the label) and "interaction" (the relation).
/// </summary>
public sealed class CytoscapeWriter : IGraphWriter
{
    public string Format => "cyjs";

    public string FileName => "graph.cyjs";

    public void Write(GraphSnapshot graph, Stream output)
    {
        using var text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        using (var json = new JsonTextWriter(text)
        {
            Formatting = Formatting.Indented, Indentation = 2, IndentChar = ' ',
            Culture = CultureInfo.InvariantCulture, CloseOutput = false,
        })
        {
            json.WriteStartObject();
            JsonFields.Property(json, "format_version", "1.0");
            JsonFields.Property(json, "generated_by", GraphSnapshot.Generator);
            JsonFields.Property(json, "target_cytoscapejs_version", "~3.34");
            json.WritePropertyName("data");
            json.WriteStartObject();
            JsonFields.Property(json, "name", graph.Name);
            json.WriteEndObject();
            json.WritePropertyName("elements");
            json.WriteStartObject();
            WriteGroup(json, "nodes", graph.Nodes, (j, node) =>
            {
                JsonGraphWriter.WriteNodeFields(j, node);
                JsonFields.Property(j, "name", node.Label);
            });
            WriteGroup(json, "edges", graph.Edges, (j, edge) =>
            {
                JsonGraphWriter.WriteLinkFields(j, edge);
                JsonFields.Property(j, "interaction", edge.Relation);
            });
            json.WriteEndObject();
            json.WriteEndObject();
        }
        text.Write('\n');
    }

    private static void WriteGroup<T>(JsonWriter json, string group, IEnumerable<T> items, Action<JsonWriter, T> fields)
    {
        json.WritePropertyName(group);
        json.WriteStartArray();
        foreach (var item in items)
        {
            json.WriteStartObject();
            json.WritePropertyName("data");
            json.WriteStartObject();
            fields(json, item);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
