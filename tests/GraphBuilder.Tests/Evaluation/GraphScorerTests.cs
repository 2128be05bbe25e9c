using GraphBuilder.Evaluation;
using Newtonsoft.Json.Linq;

namespace GraphBuilder.Tests.Evaluation;

/// <summary>The C# scorer behind `graphbuilder evaluate` on a small case worked out by hand.</summary>
public class GraphScorerTests
{
    internal const string Gold = """
        {"documents": {"d1": "doc1", "d2": "doc2"},
         "entities": [
           {"id": "a", "type": "person", "names": ["Amina Diallo", "Diallo"], "docs": ["d1"]},
           {"id": "b", "type": "person", "names": ["Paul Berger"], "docs": ["d1"]},
           {"id": "s", "type": "country", "names": ["Senegal"], "docs": ["d1", "d2"]}],
         "optional": [{"type": "organisation", "names": ["Foreign Ministry"]}],
         "forbidden": [{"doc": "d1", "names": ["Read More"]}],
         "relations": [{"doc": "d1", "source": "a", "relation": "met_with", "target": "b"}],
         "secondary": [{"doc": "d1", "source": "a", "relation": "visited", "target": "s"}]}
        """;

    // n1 matches by label, n2 by alias, n3 is a country typed as a place, n4 duplicates a,
    // n5 is a furniture leak, n6 is optional; b->a met_with matches a->b; a->n5 is a false relation.
    internal const string Graph = """
        {"nodes": [
           {"id": "n1", "label": "Diallo", "type": "person", "documents": ["doc1"]},
           {"id": "n2", "label": "P. Berger", "aliases": ["Paul Berger"], "type": "person", "documents": ["in/doc1.txt"]},
           {"id": "n3", "label": "Senegal", "type": "place", "documents": ["doc1"]},
           {"id": "n4", "label": "Amina Diallo", "type": "person", "documents": ["doc1"]},
           {"id": "n5", "label": "Read More", "type": "organisation", "documents": ["doc1"]},
           {"id": "n6", "label": "the Foreign Ministry", "type": "organisation", "documents": ["doc1"]}],
         "links": [
           {"source": "n2", "target": "n1", "relation": "met_with", "evidence": [{"document": "doc1"}]},
           {"source": "n1", "target": "n3", "relation": "visited", "evidence": [{"document": "doc1"}]},
           {"source": "n1", "target": "n5", "relation": "met-with", "evidence": [{"document": "doc1"}]}]}
        """;

    [TestCase("entity.person.p", 2.0 / 3)]
    [TestCase("entity.person.r", 1.0)]
    [TestCase("entity.country.f1", 1.0)]
    [TestCase("entity.organisation.p", 0.0)]
    [TestCase("entity.all.p", 0.6)]
    [TestCase("entity.all.f1", 0.75)]
    [TestCase("doc_coverage", 0.75)]
    [TestCase("leaks", 1)]
    [TestCase("duplicates", 1)]
    [TestCase("relation.met_with.p", 0.5)]
    [TestCase("relation.core.f1", 2.0 / 3)]
    [TestCase("relation.met_with.r", 1.0)]
    [TestCase("relation.secondary.r", 1.0)]
    public void HandWorkedCase(string metric, double expected)
    {
        var report = GraphScorer.Score(JObject.Parse(Graph), JObject.Parse(Gold));

        Assert.That(report.Metrics[metric], Is.EqualTo(expected).Within(1e-9));
    }

    [Test]
    public void DetailNamesWhatWentWrong()
    {
        var detail = GraphScorer.Score(JObject.Parse(Graph), JObject.Parse(Gold)).Detail;

        Assert.That(detail.FalseNodes, Is.EqualTo(new[] { "Read More (organisation)" }));
        Assert.That(detail.Leaks, Is.EqualTo(new[] { "Read More in [d1]" }));
        Assert.That(detail.Duplicates, Is.EqualTo(new[] { "a: n1, n4" }));
        Assert.That(detail.FalseRelations, Has.Count.EqualTo(1));
    }

    [TestCase("The Foreign Ministry's", "foreignministry")]
    [TestCase("Ciarán O’Halloran", "ciaranohalloran")]
    [TestCase("Pak-US", "pakus")]
    public void NamesNormaliseAsTheScorerDoes(string name, string key) => Assert.That(NameKey.Of(name), Is.EqualTo(key));
}
