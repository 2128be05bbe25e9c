using GraphBuilder.Cli;
using GraphBuilder.Documents;
using GraphBuilder.Export;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Consumers;

/// <summary>
/// Graphviz lays out graph.dot of the seeds and of the real articles (../shared/eval/real/articles, built by
/// the real pipeline) with dot and with sfdp -Goverlap=prism, the README's command for large graphs, and says
/// nothing on stderr: no warning about an attribute, a size or an overlap.
/// </summary>
[Category("Consumers")]
[TestFixtureSource(nameof(Graphs))]
public class GraphvizLayoutTests(string graphName)
{
    private static readonly Lazy<GraphSnapshot> RealGraph = new(() =>
        new GraphPipeline(ExtractorFactory.Create(), pathBase: RepoPaths.Root).Run(InputFiles.Resolve([RealArticles])).Graph);

    private string _dot = "";

    public static IEnumerable<string> Graphs => ["seeds", "real"];

    private static string RealArticles => Path.Combine(RepoPaths.Root, "..", "shared", "eval", "real", "articles");

    [OneTimeSetUp]
    public void WriteDot()
    {
        if (graphName == "real" && !Directory.Exists(RealArticles))
            ExternalProgram.Missing($"the real articles are not at {RealArticles}");
        var graph = graphName == "seeds" ? SeedGraph.Shared : RealGraph.Value;
        var folder = Directory.CreateTempSubdirectory("gb-layout-").FullName;
        _dot = Path.Combine(folder, "graph.dot");
        AtomicFile.Write(_dot, stream => new DotWriter().Write(graph, stream));
    }

    [OneTimeTearDown]
    public void DeleteDot()
    {
        if (_dot != "")
            Directory.Delete(Path.GetDirectoryName(_dot)!, recursive: true);
    }

    [TestCase("dot")]
    [TestCase("sfdp", "-Goverlap=prism")]
    public void GraphvizLaysItOutWithoutAWord(string layout, params string[] options)
    {
        var svg = _dot + "." + layout + ".svg";
        var run = ExternalProgram.Run(layout, [.. options, "-Tsvg", _dot, "-o", svg]);

        Assert.That(run.Stderr, Is.Empty);
        Assert.That(run.ExitCode, Is.Zero);
        Assert.That(File.ReadAllText(svg), Does.Contain("<svg"));
    }
}
