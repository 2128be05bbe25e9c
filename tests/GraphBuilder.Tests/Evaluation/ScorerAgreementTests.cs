using GraphBuilder.Evaluation;
using Newtonsoft.Json.Linq;

namespace GraphBuilder.Tests.Evaluation;

/// <summary>`graphbuilder evaluate` must report exactly what the reference score.py reports, metric for metric.</summary>
[Category("Evaluation")]
public class ScorerAgreementTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("hand-worked", "hand").SetName("HandWorkedCase");
        yield return new TestCaseData("seeds", "seeds").SetName("SeedsGraph");
        yield return new TestCaseData("dev", "dev").SetName("DevGraph");
    }

    [TestCaseSource(nameof(Cases))]
    public void SameMetricsAsScorePy(string name, string which)
    {
        var (graph, goldPath) = which switch
        {
            "hand" => (GraphScorerTests.Graph, WriteTemp(GraphScorerTests.Gold)),
            "seeds" => (EvaluationGraphs.Seeds, EvaluationGraphs.SeedsGold),
            _ => (EvaluationGraphs.Dev, EvaluationGraphs.DevGold),
        };

        var reference = PythonScorer.Run(graph, goldPath).Metrics;
        var ours = GraphScorer.Score(JObject.Parse(graph), JObject.Parse(File.ReadAllText(goldPath))).Metrics;
        if (which == "hand")
            File.Delete(goldPath);

        Assert.That(ours.Keys.Order(), Is.EqualTo(reference.Keys.Order()), name);
        foreach (var (metric, value) in reference)
            Assert.That(ours[metric], Is.EqualTo(value).Within(1e-9), $"{name}: {metric}");
    }

    private static string WriteTemp(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"graphbuilder-gold-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        return path;
    }
}
