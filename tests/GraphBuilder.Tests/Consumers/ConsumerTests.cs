using GraphBuilder.Graph;
using GraphBuilder.Tests.Export;
using Newtonsoft.Json.Linq;

namespace GraphBuilder.Tests.Consumers;

/// <summary>
/// The files open in the tools people use, as they are: Graphviz renders graph.dot silently; NetworkX (Debian's
/// 2.8 and 3.x) and igraph load graph.graphml with the nodes, edges and values graph.json has; NetworkX loads
/// graph.json through the README's snippet; graphology reads graph.gexf, graph.graphml and graph.json, and
/// cytoscape graph.cyjs. Each reader must report the graph's node and edge counts, every node's component id
/// and the dates of every edge that has several. Run on the nasty sample graph, on the seeds and on the two
/// meetings (one edge, two dates) through the real pipeline, written to a temporary folder as the CLI writes.
/// </summary>
[Category("Consumers")]
[TestFixtureSource(nameof(Graphs))]
public class ConsumerTests(string graphName)
{
    private const string NetworkX3Python = "python3";
    private const string DebianPython = "/usr/bin/python3";

    private static readonly Dictionary<string, Func<GraphSnapshot>> Sources = new()
    {
        ["nasty"] = SampleGraphs.Nasty,
        ["seeds"] = () => SeedGraph.Shared,
        ["two-meetings"] = () => TwoMeetingsGraph.Shared,
        ["directed"] = SampleGraphs.Directed,
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

    /// <summary>Against the GraphML schema set QuikGraph ships (TestData/Schemas/graphml), offline through its catalog.</summary>
    [Test]
    public void TheGraphMLIsValidAgainstTheGraphMLSchema()
    {
        var schemas = Path.Combine(RepoPaths.Root, "tests", "GraphBuilder.Tests", "TestData", "Schemas", "graphml");
        var run = ExternalProgram.Run(new Dictionary<string, string> { ["XML_CATALOG_FILES"] = Path.Combine(schemas, "catalog.xml") },
            "xmllint", "--nonet", "--noout", "--schema", Path.Combine(schemas, "graphml.xsd"), PathOf("graph.graphml"));

        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        Assert.That(run.Stderr.Trim(), Is.EqualTo(PathOf("graph.graphml") + " validates"));
    }

    [TestCase(NetworkX3Python, "networkx-graphml", TestName = "NetworkX3ReadsTheGraphMLAsTheJson")]
    [TestCase(DebianPython, "networkx-graphml", TestName = "NetworkX28ReadsTheGraphMLAsTheJson")]
    [TestCase(DebianPython, "igraph-graphml", TestName = "IgraphReadsTheGraphMLAsTheJson")]
    [TestCase(NetworkX3Python, "networkx-json", TestName = "NetworkX3LoadsTheJsonAsANodeLinkGraph")]
    [TestCase(NetworkX3Python, "networkx-readme", TestName = "TheReadmeNetworkXSnippetWorksOnNetworkX3")]
    [TestCase(DebianPython, "networkx-readme", TestName = "TheReadmeNetworkXSnippetWorksOnNetworkX28")]
    public void PythonConsumerSeesWhatTheJsonSays(string python, string reader)
    {
        var run = ExternalProgram.Run(python, Script, reader, PathOf("graph.json"), PathOf("graph.graphml"),
            Path.Combine(RepoPaths.Root, "README.md"));
        AssertSeesTheGraph(Verdict(run, python));
    }

    /// <summary>
    /// NetworkX's read_gexf refuses an undirected edge in a directed graph ("does not support mixed graphs"),
    /// and graph.gexf must keep met_with undirected for Gephi; so NetworkX 3.x reads graph.gexf only when the
    /// graph has no symmetric edge, and the README sends NetworkX users to graph.json and graph.graphml.
    /// If a NetworkX release starts reading mixed graphs, this test says so.
    /// </summary>
    [Test]
    public void NetworkX3ReadsTheGexfUnlessTheGraphIsMixed()
    {
        var run = ExternalProgram.Run(NetworkX3Python, Script, "networkx-gexf", PathOf("graph.json"), PathOf("graph.gexf"));
        var verdict = Verdict(run, NetworkX3Python);

        if (_graph.Edges.Any(e => e.Undirected))
            Assert.That(verdict["problems"]!.Values<string>(), Is.EqualTo(new[] { "read_gexf: Undirected edge found in directed graph." }));
        else
            AssertSeesTheGraph(verdict);
    }

    [TestCase("graphology-gexf", "graph.gexf", TestName = "GraphologyReadsTheGexf")]
    [TestCase("graphology-graphml", "graph.graphml", TestName = "GraphologyReadsTheGraphML")]
    [TestCase("graphology-json", "graph.json", TestName = "TheReadmeGraphologySnippetLoadsTheJson")]
    [TestCase("cytoscape-cyjs", "graph.cyjs", TestName = "CytoscapeLoadsTheCyjs")]
    public void JavaScriptConsumerSeesWhatTheJsonSays(string reader, string file)
    {
        JsConsumers.EnsureInstalled();
        var run = ExternalProgram.Run("node", JsConsumers.Script, reader, PathOf("graph.json"), PathOf(file));
        AssertSeesTheGraph(Verdict(run, "node"));
    }

    private void AssertSeesTheGraph(JObject verdict)
    {
        Assert.That(verdict["problems"]!.Values<string>(), Is.Empty);
        Assert.That((int)verdict["nodes"]!, Is.EqualTo(_graph.Nodes.Count), "nodes");
        Assert.That((int)verdict["edges"]!, Is.EqualTo(_graph.Edges.Count), "edges");
        Assert.That(verdict["components"]!.ToObject<Dictionary<string, int>>(),
            Is.EquivalentTo(_graph.Nodes.ToDictionary(n => n.Id, n => n.Metrics.Component)), "component ids");
        Assert.That(verdict["multi_dates"]!.ToObject<Dictionary<string, string[]>>(),
            Is.EquivalentTo(_graph.Edges.Where(e => e.Dates.Count > 1).ToDictionary(e => e.Id, e => e.Dates.ToArray())), "dates");
    }

    private static JObject Verdict(ProgramRun run, string program)
    {
        var lastLine = run.Stdout.TrimEnd().Split('\n')[^1];
        if (run.ExitCode == 3 && JObject.Parse(lastLine)["missing"] is { } module)
            ExternalProgram.Missing($"{program} lacks the module '{module}'");
        Assert.That(run.ExitCode, Is.Zero, run.Stderr);
        return JObject.Parse(lastLine);
    }
}
