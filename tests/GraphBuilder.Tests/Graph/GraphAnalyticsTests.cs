using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Graph;

/// <summary>Node metrics from QuikGraph: degree, weighted degree, stable component ids and sizes, PageRank.</summary>
public class GraphAnalyticsTests
{
    private static readonly string[] Ids = ["person:c", "person:a", "place:z", "person:b", "organisation:o"];

    /// <summary>a met b (twice), b praised c; o and z are alone; nodes added in the order given.</summary>
    private static IReadOnlyDictionary<string, NodeMetrics> Metrics(IEnumerable<string> order)
    {
        var g = new MultiGraph();
        foreach (var id in order)
            g.AddNode(id, id, NodeTypes.Parse(id.Split(':')[0]));
        g.AddEdge("person:b", Relations.MetWith, "person:a", new Evidence("d1", "B met A.", 0, 8), "2025-03-27");
        g.AddEdge("person:a", Relations.MetWith, "person:b", new Evidence("d2", "A met B.", 0, 8), "2025-06-12");
        g.AddEdge("person:b", Relations.Praised, "person:c", new Evidence("d1", "B praised C.", 9, 21));
        return g.ToSnapshot().Nodes.ToDictionary(n => n.Id, n => n.Metrics);
    }

    [TestCase("person:a", 1, 2)]
    [TestCase("person:b", 2, 3)]
    [TestCase("person:c", 1, 1)]
    [TestCase("place:z", 0, 0)]
    public void DegreeCountsEdgesAndWeightedDegreeTheirEvidence(string id, int degree, int weighted)
    {
        var m = Metrics(Ids)[id];

        Assert.That((m.Degree, m.WeightedDegree), Is.EqualTo((degree, weighted)));
    }

    [Test]
    public void ComponentsAreNumberedByTheirSmallestNodeIdWithTheirSizes()
    {
        var metrics = Metrics(Ids);

        Assert.That(metrics.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => (m.Key, m.Value.Component, m.Value.ComponentSize)),
            Is.EqualTo(new[]
            {
                ("organisation:o", 0, 1), ("person:a", 1, 3), ("person:b", 1, 3), ("person:c", 1, 3), ("place:z", 2, 1),
            }));
    }

    [Test]
    public void PageRankFollowsLinksBothWaysOverSymmetricEdgesAndIsRounded()
    {
        var metrics = Metrics(Ids);

        Assert.That(metrics["place:z"].PageRank, Is.EqualTo(0.15), "no incoming link: (1 - damping)");
        Assert.That(metrics["person:c"].PageRank, Is.GreaterThan(metrics["place:z"].PageRank), "b praised c");
        Assert.That(metrics["person:b"].PageRank, Is.GreaterThan(metrics["person:a"].PageRank), "a's only link goes to b");
        Assert.That(metrics.Values.Select(m => Math.Round(m.PageRank, NodeMetrics.PageRankDecimals)), Is.EqualTo(metrics.Values.Select(m => m.PageRank)));
        Assert.That(metrics.Values.Max(m => m.Scale), Is.EqualTo(1.0));
    }

    [Test]
    public void MetricsDoNotDependOnTheOrderNodesWereAdded() =>
        Assert.That(Metrics(Ids.Reverse()), Is.EquivalentTo(Metrics(Ids)));
}
