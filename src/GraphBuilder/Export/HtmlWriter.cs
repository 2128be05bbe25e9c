using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Text;
using GraphBuilder.Graph;
using Newtonsoft.Json;

namespace GraphBuilder.Export;

/// <summary>
/// graph.html: one self-contained page that works from file:// with no network. The template gets the
/// viewer's style and script, the Cytoscape.js library scripts, and graph.json's exact text in a
/// &lt;script type="application/json"&gt; block that the data cannot break out of.
/// </summary>
public sealed partial class HtmlWriter : IGraphWriter
{
    public string Format => "html";

    public string FileName => "graph.html";

    public void Write(GraphSnapshot graph, Stream output)
    {
        using var text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        text.Write(Render(graph));
    }

    public static string Render(GraphSnapshot graph)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["VIEWER_CSS"] = ViewerAssets.Text("viewer.css"),
            ["GRAPH_JSON"] = ScriptData(JsonGraphWriter.ToJson(graph).TrimEnd('\n')),
            ["CONFIG_JSON"] = ScriptData(ViewerConfig(graph)),
            ["LIBRARY_SCRIPTS"] = string.Join("\n", ViewerAssets.LibraryScripts.Select(f => InlineScript(f, ViewerAssets.Text(f)))),
            ["LAYOUT_JS"] = Checked("layout.js", ViewerAssets.Text("layout.js")),
            ["VIEWER_JS"] = Checked("viewer.js", ViewerAssets.Text("viewer.js")),
        };
        // One pass over the template: text substituted in is never scanned for placeholders again.
        return Placeholder.Replace(ViewerAssets.Text("template.html"), m => parts.TryGetValue(m.Groups[1].Value, out var part)
            ? part
            : throw new InvalidOperationException($"template.html has an unknown placeholder {m.Value}"));
    }

    /// <summary>
    /// JSON made safe inside a script element: with every '&lt;' written as \u003c no "&lt;/script" or "&lt;!--"
    /// can appear, and U+2028/U+2029 are escaped too; JSON.parse reads the same value back.
    /// </summary>
    public static string ScriptData(string json) =>
        json.Replace("<", "\\u003c").Replace("\u2028", "\\u2028").Replace("\u2029", "\\u2029");

    /// <summary>What the page needs besides graph.json: node and relation colours shared with graph.dot, and which relations have no direction.</summary>
    private static string ViewerConfig(GraphSnapshot graph)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var json = new JsonTextWriter(text) { Formatting = Formatting.None, Culture = CultureInfo.InvariantCulture })
        {
            json.WriteStartObject();
            json.WritePropertyName("nodeColours");
            json.WriteStartObject();
            foreach (var type in NodeTypes.All)
            {
                json.WritePropertyName(type.Name());
                json.WriteValue(NodeStyles.Of(type).Hex);
            }
            json.WriteEndObject();
            json.WritePropertyName("relationColours");
            json.WriteStartObject();
            foreach (var relation in graph.Edges.Select(e => e.Relation).Distinct().Order(StringComparer.Ordinal))
            {
                json.WritePropertyName(relation);
                json.WriteValue(RelationStyles.Colour(relation));
            }
            json.WriteEndObject();
            json.WritePropertyName("symmetricRelations");
            json.WriteStartArray();
            foreach (var relation in graph.Edges.Select(e => e.Relation).Where(Relations.IsSymmetric).Distinct().Order(StringComparer.Ordinal))
                json.WriteValue(relation);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return text.ToString();
    }

    private static string InlineScript(string file, string script) => $"<script>\n{Checked(file, script)}\n</script>";

    /// <summary>A script inlined as is must not end its own element early; a library update that would is refused loudly.</summary>
    private static string Checked(string file, string script) =>
        script.Contains("</script", StringComparison.OrdinalIgnoreCase) || script.Contains("<!--", StringComparison.Ordinal)
            ? throw new InvalidOperationException($"viewer file {file} contains \"</script\" or \"<!--\" and cannot be inlined")
            : script;

    private static readonly Regex Placeholder = Patterns.Create(@"\{\{([A-Z_]+)\}\}");
}
