using GraphBuilder.Export;
using GraphBuilder.Graph;
using Newtonsoft.Json.Linq;

namespace GraphBuilder.Tests.Browser;

/// <summary>A graph written as graph.html and graph.json into a temporary folder, the way `build` writes them.</summary>
public sealed class ViewerPage : IDisposable
{
    private readonly string _folder;

    public ViewerPage(GraphSnapshot graph)
    {
        _folder = Directory.CreateTempSubdirectory("graphbuilder-viewer-").FullName;
        HtmlPath = Path.Combine(_folder, "graph.html");
        foreach (var writer in new IGraphWriter[] { new HtmlWriter(), new JsonGraphWriter() })
            AtomicFile.Write(Path.Combine(_folder, writer.FileName), stream => writer.Write(graph, stream));
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
