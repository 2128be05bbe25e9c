using GraphBuilder.Export;
using GraphBuilder.Graph;
using Newtonsoft.Json.Linq;

namespace GraphBuilder.Tests.Browser;

/// <summary>A graph written as graph.html and graph.json into a temporary folder, the way `build` writes them.</summary>
public sealed class ViewerPage : IDisposable
{
    private readonly string _folder;

    /// <param name="editJson">Changes graph.json's text before the page is made from it, for fields the writer does not emit yet.</param>
    public ViewerPage(GraphSnapshot graph, Func<string, string>? editJson = null)
    {
        _folder = Directory.CreateTempSubdirectory("graphbuilder-viewer-").FullName;
        HtmlPath = Path.Combine(_folder, "graph.html");
        foreach (var writer in new IGraphWriter[] { new HtmlWriter(), new JsonGraphWriter() })
            AtomicFile.Write(Path.Combine(_folder, writer.FileName), stream => writer.Write(graph, stream));
        if (editJson is not null)
        {
            var html = File.ReadAllText(HtmlPath);
            var json = JsonGraphWriter.ToJson(graph).TrimEnd('\n');
            File.WriteAllText(HtmlPath, html.Replace(HtmlWriter.ScriptData(json), HtmlWriter.ScriptData(editJson(json))));
            File.WriteAllText(Path.Combine(_folder, "graph.json"), editJson(json));
        }
        Json = JObject.Parse(File.ReadAllText(Path.Combine(_folder, "graph.json")));
    }

    /// <summary>The seeds' graph, built by the real pipeline and the extractor `build` uses.</summary>
    public static ViewerPage FromSeeds() => new(SeedGraph.Shared);

    public string HtmlPath { get; }

    public JObject Json { get; }

    public IEnumerable<JObject> Nodes => Json["nodes"]!.Cast<JObject>();

    public IEnumerable<JObject> Links => Json["links"]!.Cast<JObject>();

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
