using GraphBuilder.Extraction.Entities;

namespace GraphBuilder.Tests.Extraction.Entities;

/// <summary>
/// The entity recogniser measured on data it was never tuned on: GUM's news documents (Wikinews, gold named
/// entities with types). The figures are printed; the bounds are safety nets a little under what the stage reaches.
/// </summary>
[Category("Evaluation")]
public class GumEntityTests
{
    private static readonly Lazy<GumEntityScore> Score = new(() =>
    {
        var score = new GumEntityScore();
        var extractor = new EntityExtractor();
        foreach (var document in GumCorpus.News())
            score.Add(document, extractor);
        return score;
    });

    [Test]
    public void Reader_finds_the_news_documents_and_their_named_entities()
    {
        var documents = GumCorpus.News().ToList();
        Assert.That(documents, Has.Count.GreaterThanOrEqualTo(20));
        Assert.That(documents.SelectMany(d => d.Entities).Select(e => e.Type).Distinct(), Is.SupersetOf(GumEntityScore.Types));
        foreach (var e in documents[0].Entities.Take(20))
            Assert.That(char.IsUpper(documents[0].Text[e.HeadStart]), Is.True, documents[0].Text[e.Start..e.End]);
    }

    [Test]
    public void Recall_and_type_accuracy_on_GUM_news()
    {
        var score = Score.Value;
        TestContext.Out.WriteLine(score);
        foreach (var error in score.Errors)
            TestContext.Out.WriteLine(error);
        Assert.Multiple(() =>
        {
            Assert.That(score.Recall(), Is.GreaterThanOrEqualTo(0.70), score.ToString());
            Assert.That(score.TypeAccuracy(), Is.GreaterThanOrEqualTo(0.68), score.ToString());
            Assert.That(score.Recall("place"), Is.GreaterThanOrEqualTo(0.90), score.ToString());
        });
    }
}
