using GraphBuilder.Documents;
using GraphBuilder.Extraction.Entities;

namespace GraphBuilder.Tests.Extraction.Entities;

/// <summary>
/// The entity recogniser measured on data it was never written for: the documents of GUM's CC-BY genres (Wikinews
/// news, interviews, biographies, travel guides, ...; gold entities with types), per split: "tune" (GUM's train and
/// dev files, whose errors are printed for reading) and "held-out" (GUM's test file: only its figures are printed).
/// News, our domain, is also reported apart. The figures are printed; the bounds are safety nets a little under
/// what the stage reaches. The parser is left out: the mentions do not depend on it.
/// </summary>
[Category("Evaluation")]
public class GumEntityTests
{
    private static readonly Lazy<Dictionary<string, GumEntityScore>> Scores = new(() =>
    {
        var scores = new Dictionary<string, GumEntityScore>();
        var extractor = new EntityExtractor(null);
        foreach (var document in GumCorpus.All())
        {
            var analysis = extractor.Analyse(DocumentLoader.Parse(document.Id, document.Id + ".txt", document.Text));
            foreach (var key in document.Genre == "news" ? [document.Split, document.Split + " news"] : new[] { document.Split })
                (scores.TryGetValue(key, out var score) ? score : scores[key] = new GumEntityScore(key)).Add(document, analysis);
        }
        return scores;
    });

    [Test]
    public void Reader_finds_the_documents_of_every_genre_and_their_named_entities()
    {
        var documents = GumCorpus.All().ToList();
        var news = documents.Where(d => d.Genre == "news").ToList();
        Assert.That(news, Has.Count.GreaterThanOrEqualTo(20));
        Assert.That(documents.Select(d => d.Genre).Distinct().Count(), Is.EqualTo(8));
        Assert.That(documents.Count(d => d.Split == GumCorpus.HeldOut), Is.EqualTo(16));
        Assert.That(news.SelectMany(d => d.Entities).Select(e => e.Type).Distinct(), Is.SupersetOf(GumEntityScore.Types));
        Assert.That(news[0].Spans, Has.Count.GreaterThan(news[0].Entities.Count));
        foreach (var e in news[0].Entities.Take(20))
            Assert.That(char.IsUpper(news[0].Text[e.HeadStart]), Is.True, news[0].Text[e.Start..e.End]);
    }

    [Test]
    public void Tune_split_recall_type_accuracy_and_false_names()
    {
        var (all, news) = (Scores.Value[GumCorpus.Tune], Scores.Value[GumCorpus.Tune + " news"]);
        TestContext.Out.WriteLine(all);
        TestContext.Out.WriteLine(news);
        foreach (var error in news.Errors)
            TestContext.Out.WriteLine("NEWS " + error);
        foreach (var error in all.Errors)
            TestContext.Out.WriteLine(error);
        foreach (var name in all.FalseNames)
            TestContext.Out.WriteLine("NO GUM ENTITY " + name);
        Assert.Multiple(() =>
        {
            Assert.That(all.Recall(), Is.GreaterThanOrEqualTo(0.75), all.ToString());
            Assert.That(all.TypeAccuracy(), Is.GreaterThanOrEqualTo(0.77), all.ToString());
            Assert.That(all.FalseNameShare, Is.LessThanOrEqualTo(0.005), all.ToString());
            Assert.That(news.Recall(), Is.GreaterThanOrEqualTo(0.77), news.ToString());
            Assert.That(news.TypeAccuracy(), Is.GreaterThanOrEqualTo(0.70), news.ToString());
            Assert.That(news.Recall("place"), Is.GreaterThanOrEqualTo(0.93), news.ToString());
        });
    }

    /// <summary>GUM's test file: its figures only, never its errors (they are not read, so nothing is tuned on them).</summary>
    [Test]
    public void Held_out_split_recall_type_accuracy_and_false_names()
    {
        var (all, news) = (Scores.Value[GumCorpus.HeldOut], Scores.Value[GumCorpus.HeldOut + " news"]);
        TestContext.Out.WriteLine(all);
        TestContext.Out.WriteLine(news);
        Assert.Multiple(() =>
        {
            Assert.That(all.Recall(), Is.GreaterThanOrEqualTo(0.72), all.ToString());
            Assert.That(all.TypeAccuracy(), Is.GreaterThanOrEqualTo(0.75), all.ToString());
            Assert.That(all.FalseNameShare, Is.LessThanOrEqualTo(0.01), all.ToString());
            Assert.That(news.Recall(), Is.GreaterThanOrEqualTo(0.82), news.ToString());
        });
    }
}
