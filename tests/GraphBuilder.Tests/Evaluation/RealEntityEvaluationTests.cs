using GraphBuilder.Cli;
using GraphBuilder.Documents;
using GraphBuilder.Export;

namespace GraphBuilder.Tests.Evaluation;

/// <summary>
/// The entity stage on the 30 real articles (../shared/eval/real, read in place, never copied into the
/// repository), built by the real pipeline and scored by score.py against the hand annotation. Twenty of
/// them were tuned on, ten held out (tools/real_split.py); the bounds are the figures reached on all 30.
/// </summary>
[Category("Evaluation")]
public class RealEntityEvaluationTests
{
    private static string Real => Path.Combine(RepoPaths.Root, "..", "shared", "eval", "real");

    private static readonly Lazy<string> Graph = new(() =>
    {
        var folder = Path.Combine(Real, "articles");
        var result = new GraphPipeline(ExtractorFactory.Create(), pathBase: folder).Run(InputFiles.Resolve([folder]));
        return JsonGraphWriter.ToJson(result.Graph);
    });

    [Test]
    public void Real_articles_entities_meet_the_bounds()
    {
        if (!Directory.Exists(Path.Combine(Real, "articles")))
            Assert.Ignore("../shared/eval/real is not beside the checkout");
        var score = PythonScorer.Run(Graph.Value, Path.Combine(Real, "gold.json"));
        TestContext.Out.WriteLine(string.Join("\n", score.Metrics.Where(m => m.Key.StartsWith("entity.", StringComparison.Ordinal) || !m.Key.Contains('.'))
            .Select(m => $"{m.Key} {m.Value:F3}")));
        Assert.Multiple(() =>
        {
            Assert.That(score["entity.all.f1"], Is.GreaterThanOrEqualTo(0.93), score.Summary());
            Assert.That(score["entity.organisation.f1"], Is.GreaterThanOrEqualTo(0.92), score.Summary());
            Assert.That(score["entity.event.f1"], Is.GreaterThanOrEqualTo(0.92), score.Summary());
            Assert.That(score["entity.person.f1"], Is.GreaterThanOrEqualTo(0.94), score.Summary());
            Assert.That(score["duplicates"], Is.Zero, score.Summary());
            Assert.That(score["leaks"], Is.Zero, score.Summary());
            Assert.That(score["doc_coverage"], Is.GreaterThanOrEqualTo(0.93), score.Summary());
        });
    }
}
