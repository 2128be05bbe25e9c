using GraphBuilder.Cli;
using GraphBuilder.Documents;
using GraphBuilder.Export;

namespace GraphBuilder.Tests.Evaluation;

/// <summary>
/// The graphs the evaluation tests score, built once per test run with the real pipeline and extractor
/// (GraphPipeline + ExtractorFactory.Create()) and written by the JSON writer, as `build --format json` does.
/// </summary>
public static class EvaluationGraphs
{
    private static readonly Lazy<string> SeedsGraph = new(() => Build(RepoPaths.Seeds));
    private static readonly Lazy<string> DevGraph = new(() => Build(Path.Combine(PythonScorer.EvalData, "dev", "articles")));

    public static string Seeds => SeedsGraph.Value;

    public static string Dev => DevGraph.Value;

    public static string SeedsGold => Path.Combine(PythonScorer.EvalData, "seeds.gold.json");

    public static string DevGold => Path.Combine(PythonScorer.EvalData, "dev", "gold.json");

    private static string Build(string folder)
    {
        var result = new GraphPipeline(ExtractorFactory.Create(), pathBase: folder).Run(InputFiles.Resolve([folder]));
        return JsonGraphWriter.ToJson(result.Graph);
    }
}
