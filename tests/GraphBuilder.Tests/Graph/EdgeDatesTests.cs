using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Graph;

/// <summary>Merging never loses a date: every evidence item keeps its own, and an edge keeps all of them, sorted.</summary>
public class EdgeDatesTests
{
    [Test]
    public void AnEdgeKeepsEveryDateSortedAndDistinctAndEachEvidenceItsOwn()
    {
        var g = MultiGraphTests.TwoPeople();
        g.AddEdge("person:a", Relations.MetWith, "person:b", new Evidence("d2", "A met B.", 0, 8), "2025-06-12");
        g.AddEdge("person:b", Relations.MetWith, "person:a", new Evidence("d1", "B met A.", 0, 8), "2025-03-27");
        g.AddEdge("person:a", Relations.MetWith, "person:b", new Evidence("d3", "They met.", 0, 9), "2025-03-27");
        g.AddEdge("person:a", Relations.MetWith, "person:b", new Evidence("d4", "They met once.", 0, 14));

        var edge = g.ToSnapshot().Edges.Single();

        Assert.That(edge.Dates, Is.EqualTo(new[] { "2025-03-27", "2025-06-12" }));
        Assert.That((edge.FirstDate, edge.LastDate, edge.Date), Is.EqualTo(("2025-03-27", "2025-06-12", "2025-06-12")));
        Assert.That(edge.Evidence.Select(e => (e.Document, e.Date)), Is.EqualTo(new (string, string?)[]
        {
            ("d1", "2025-03-27"), ("d2", "2025-06-12"), ("d3", "2025-03-27"), ("d4", null),
        }));
        Assert.That(edge.Undirected, Is.True);
    }

    [TestCase(new[] { "2024-05-02", "2024-05" }, new[] { "2024-05", "2024-05-02" }, TestName = "PartialDatesSortBeforeTheDaysInThem")]
    [TestCase(new string[0], new string[0], TestName = "AnUndatedEdgeHasNoDates")]
    public void DatesAreSortedOrdinally(string[] given, string[] expected)
    {
        var g = MultiGraphTests.TwoPeople();
        for (var i = 0; i < given.Length; i++)
            g.AddEdge("person:a", Relations.Praised, "person:b", new Evidence("d", "A praised B.", i, i + 1), given[i]);
        if (given.Length == 0)
            g.AddEdge("person:a", Relations.Praised, "person:b", new Evidence("d", "A praised B.", 0, 1));

        var edge = g.ToSnapshot().Edges.Single();

        Assert.That(edge.Dates, Is.EqualTo(expected));
        Assert.That(edge.LastDate, Is.EqualTo(expected.LastOrDefault()));
        Assert.That(edge.Undirected, Is.False);
    }

    [Test]
    public void TwoArticlesWhereThePairMeetsTwiceGiveOneEdgeWithBothDates()
    {
        var edge = TwoMeetingsGraph.Shared.Edges.Single(e => e.Id == TwoMeetingsGraph.EdgeId);

        Assert.That(edge.Dates, Is.EqualTo(TwoMeetingsGraph.Dates));
        Assert.That(edge.Evidence.Select(e => e.Date), Is.EqualTo(TwoMeetingsGraph.Dates));
        Assert.That(TwoMeetingsGraph.Shared.Edges.Count(e => e.Relation == Relations.MetWith), Is.EqualTo(1));
    }
}
