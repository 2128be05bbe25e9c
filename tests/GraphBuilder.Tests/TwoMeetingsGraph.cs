using GraphBuilder.Cli;
using GraphBuilder.Documents;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests;

/// <summary>
/// Two articles (TestData/Graph/two-meetings, invented names) in which the same two ministers meet, on
/// 2025-03-27 and on 2025-06-12, built by the real pipeline: the one met_with edge must keep both dates.
/// </summary>
public static class TwoMeetingsGraph
{
    public const string EdgeId = "person:mara-quint--met_with--person:tomas-vell";

    public static readonly string[] Dates = ["2025-03-27", "2025-06-12"];

    private static readonly Lazy<GraphSnapshot> SharedGraph = new(() =>
        new GraphPipeline(ExtractorFactory.Create(), maxParallelism: 1, pathBase: RepoPaths.Root)
            .Run(InputFiles.Resolve([Folder]), graphName: "two meetings").Graph);

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "GraphBuilder.Tests", "TestData", "Graph", "two-meetings");

    public static GraphSnapshot Shared => SharedGraph.Value;
}
