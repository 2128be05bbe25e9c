using GraphBuilder.Graph;
using GraphBuilder.Tests.Export;
using Newtonsoft.Json.Linq;

namespace GraphBuilder.Tests.Consumers;

/// <summary>
/// The files open in the tools people use: Graphviz renders graph.dot silently; NetworkX and igraph
/// load graph.graphml with the nodes, edges and values graph.json has; NetworkX loads graph.json as a
/// node-link graph. Run on the nasty sample graph and on the seeds through the real pipeline (whatever
/// extractor ExtractorFactory picks), written to a temporary folder the way the CLI writes.
/// </summary>
[Category("Consumers")]
[TestFixtureSource(nameof(Graphs))]
public class ConsumerTests(string graphName)
{
    private const string NetworkXPython = "python3";
    private const string IgraphPython = "/usr/bin/python3";

    private static readonly Dictionary<string, Func<GraphSnapshot>> Sources = new()
    {
        ["nasty"] = SampleGraphs.Nasty,
        ["seeds"] = () => SeedGraph.Shared,
    };

    private GraphSnapshot _graph = null!;
    private string _folder = "";

    public static IEnumerable<string> Graphs => Sources.Keys;

    private string PathOf(string file) => Path.Combine(_folder, file);

    private static string Script => Path.Combine(RepoPaths.Root, "tests", "GraphBuilder.Tests", "Consumers", "check_graph.py");

    [OneTimeSetUp]
    public void WriteFiles()
    {
        _graph = Sources[graphName]();
        _folder = WriterOutput.WriteAll(_graph, Directory.CreateTempSubdirectory("gb-consumers-").FullName);
    }

    [OneTimeTearDown]
    public void DeleteFiles()
    {
        if (_folder != "")
            Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public void GraphHasSomethingToCheck() => Assert.That(_graph.Nodes, Is.Not.Empty);

    [Test]
    public void GraphvizRendersTheDotFileWithoutAWord()
    {
        var run = ExternalProgram.Run("dot", "-Tsvg", PathOf("graph.dot"), "-o", PathOf("graph.svg"));

        Assert.That(run.Stderr, Is.Empty);
        Assert.That(run.ExitCode, Is.Zero);
        Assert.That(File.ReadAllText(PathOf("graph.svg")), Does.Contain("<svg"));
    }

    [TestCase(NetworkXPython, "networkx-graphml", TestName = "NetworkXReadsTheGraphMLAsTheJson")]
    [TestCase(IgraphPython, "igraph-graphml", TestName = "IgraphReadsTheGraphMLAsTheJson")]
    [TestCase(NetworkXPython, "networkx-json", TestName = "NetworkXLoadsTheJsonAsANodeLinkGraph")]
    public void ConsumerSeesWhatTheJsonSays(string python, string reader)
    {
        var run = ExternalProgram.Run(python, Script, reader, PathOf("graph.json"), PathOf("graph.graphml"));
        var verdict = Verdict(run, python);

        Assert.That(verdict["problems"]!.Values<string>(), Is.Empty);
        Assert.That((int)verdict["nodes"]!, Is.EqualTo(_graph.Nodes.Count), "nodes");
        Assert.That((int)verdict["edges"]!, Is.EqualTo(_graph.Edges.Count), "edges");
    }

    private static JObject Verdict(ProgramRun run, string python)
    {
        var lastLine = run.Stdout.TrimEnd().Split('\n')[^1];
        if (run.ExitCode == 3 && JObject.Parse(lastLine)["missing"] is { } module)
            ExternalProgram.Missing($"{python} lacks the Python module '{module}'");
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        return JObject.Parse(lastLine);
    }
}
