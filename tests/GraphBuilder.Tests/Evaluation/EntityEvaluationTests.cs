namespace GraphBuilder.Tests.Evaluation;

/// <summary>The entity stage against the hand annotation of the seeds and of the dev set, scored by score.py.</summary>
[Category("Evaluation")]
public class EntityEvaluationTests
{
    [Test]
    public void Seeds_entities_meet_the_bounds()
    {
        var score = PythonScorer.Run(EvaluationGraphs.Seeds, EvaluationGraphs.SeedsGold);
        Assert.Multiple(() =>
        {
            Assert.That(score["entity.all.f1"], Is.GreaterThanOrEqualTo(0.97), score.ToString());
            Assert.That(score["entity.person.f1"], Is.GreaterThanOrEqualTo(0.98), score.ToString());
            Assert.That(score["leaks"], Is.Zero, score.ToString());
            Assert.That(score["duplicates"], Is.Zero, score.ToString());
            Assert.That(score["doc_coverage"], Is.GreaterThanOrEqualTo(0.95), score.ToString());
        });
    }

    [Test]
    public void Dev_entities_meet_the_bounds()
    {
        var score = PythonScorer.Run(EvaluationGraphs.Dev, EvaluationGraphs.DevGold);
        Assert.Multiple(() =>
        {
            Assert.That(score["entity.all.f1"], Is.GreaterThanOrEqualTo(0.90), score.ToString());
            Assert.That(score["leaks"], Is.Zero, score.ToString());
            Assert.That(score["duplicates"], Is.Zero, score.ToString());
        });
    }
}
