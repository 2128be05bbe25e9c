using GraphBuilder.Cli;
using GraphBuilder.Documents;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests;

/// <summary>The graph of seeds/, built by the real pipeline and the extractor `build` uses, as `build` records paths.</summary>
public static class SeedGraph
{
    private static readonly Lazy<GraphSnapshot> SharedGraph = new(Build);

    /// <summary>One build shared by the tests that only read it.</summary>
    public static GraphSnapshot Shared => SharedGraph.Value;

    /// <summary>A fresh build. A guard against a hanging extractor, not a speed test: without it the whole run would hang.</summary>
    public static GraphSnapshot Build()
    {
        var build = Task.Run(() => new GraphPipeline(ExtractorFactory.Create(), pathBase: RepoPaths.Root)
            .Run(InputFiles.Resolve([RepoPaths.Seeds])).Graph);
        if (!build.Wait(TimeSpan.FromMinutes(1)))
            Assert.Fail("building the seeds graph did not finish within a minute");
        return build.Result;
    }
}
