using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Graph;

public class MultiGraphTests
{
    private static readonly Evidence E1 = new("d1", "A met B.", 0, 8);
    private static readonly Evidence E2 = new("d2", "B met A.", 10, 18);

    /// <summary>A graph holding two people, person:a and person:b; shared with EdgeDatesTests.</summary>
    internal static MultiGraph TwoPeople()
    {
        var g = new MultiGraph();
        g.AddNode("person:a", "A", NodeType.Person);
        g.AddNode("person:b", "B", NodeType.Person);
        return g;
    }

    [Test]
    public void SymmetricRelationIsOneEdgeWhicheverDirection()
    {
        var g = TwoPeople();

        g.AddEdge("person:a", Relations.MetWith, "person:b", E1, "2025-03-27");
        g.AddEdge("person:b", Relations.MetWith, "person:a", E2, "2025-03-20");

        var edge = g.ToSnapshot().Edges.Single();
        Assert.That(edge.Weight, Is.EqualTo(2));
        Assert.That(edge.Date, Is.EqualTo("2025-03-27"));
        Assert.That(g.FindEdge("person:b", Relations.MetWith, "person:a"), Is.Not.Null);
    }

    [Test]
    public void DirectedRelationsKeepTheirDirectionAndDifferentRelationsAreParallelEdges()
    {
        var g = TwoPeople();

        g.AddEdge("person:a", Relations.Praised, "person:b", E1);
        g.AddEdge("person:b", Relations.Praised, "person:a", E2);
        g.AddEdge("person:a", Relations.MetWith, "person:b", E1);

        Assert.That(g.ToSnapshot().Edges.Select(e => e.Id), Is.EqualTo(new[]
        {
            "person:a--met_with--person:b", "person:a--praised--person:b", "person:b--praised--person:a",
        }));
    }

    [Test]
    public void SameEvidenceTwiceCountsOnceAndHappenedOutranksPlanned()
    {
        var g = TwoPeople();

        g.AddEdge("person:a", Relations.MetWith, "person:b", E1, status: EdgeStatus.Planned);
        Assert.That(g.ToSnapshot().Edges.Single().Status, Is.EqualTo(EdgeStatus.Planned));
        g.AddEdge("person:a", Relations.MetWith, "person:b", E1);

        var edge = g.ToSnapshot().Edges.Single();
        Assert.That(edge.Weight, Is.EqualTo(1));
        Assert.That(edge.Status, Is.EqualTo(EdgeStatus.Happened));
    }

    [Test]
    public void NodesMergeAliasesDocumentsAndMentionsButNeverTypes()
    {
        var g = new MultiGraph();
        g.AddNode("person:a", "Amina Diallo", NodeType.Person).AddDocument("d1", 2).AddRole("Foreign Minister");
        g.AddNode("person:a", "Diallo", NodeType.Person).AddDocument("d2", 1).AddAlias("Amina Diallo");

        var node = g.ToSnapshot().Nodes.Single();
        Assert.That(node.Label, Is.EqualTo("Amina Diallo"));
        Assert.That(node.Aliases, Is.EqualTo(new[] { "Diallo" }));
        Assert.That(node.Documents, Is.EqualTo(new[] { "d1", "d2" }));
        Assert.That(node.Mentions, Is.EqualTo(3));
        Assert.That(() => g.AddNode("person:a", "A", NodeType.Place), Throws.InvalidOperationException);
    }

    [Test]
    public void EdgeToAMissingNodeIsRefused() =>
        Assert.That(() => TwoPeople().AddEdge("person:a", Relations.MetWith, "person:z", E1), Throws.InvalidOperationException);

    [Test]
    public void EventDatesKeepTheEarliestFirstAndLatestLast()
    {
        var g = new MultiGraph();
        g.AddNode("event:x", "X", NodeType.Event).SetAttribute("first_date", "2024-05").SetAttribute("last_date", "2024-05")
            .SetAttribute("first_date", "2023-03-06").SetAttribute("last_date", "2025-03");

        var attributes = g.ToSnapshot().Nodes.Single().Attributes;
        Assert.That(attributes["first_date"], Is.EqualTo("2023-03-06"));
        Assert.That(attributes["last_date"], Is.EqualTo("2025-03"));
    }
}
