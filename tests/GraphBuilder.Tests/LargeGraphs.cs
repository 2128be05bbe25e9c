using System.Globalization;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests;

/// <summary>
/// Big invented graphs shaped like news graphs, for the viewer and Graphviz at scale: communities of about fifty
/// nodes around a few hubs, most edges inside a community, some across, plus nodes without any edge. Seeded, so
/// every run builds the same graph; labels are invented ("Person 17 Quint"), never names from articles.
/// </summary>
public static class LargeGraphs
{
    private static readonly string[] RelationNames =
    [
        Relations.MetWith, Relations.Attended, Relations.Visited, Relations.Designated, Relations.CoChaired,
        Relations.MemberOf, Relations.Led, Relations.Praised, Relations.Condemned,
    ];

    public static GraphSnapshot Communities(int nodes, int edges, int unconnected, int seed = 7)
    {
        var random = new Random(seed);
        var graph = new MultiGraph($"Generated {nodes} nodes, {edges} edges");
        graph.AddDocument(new DocumentInfo("d1", "generated/d1.txt", "Generated", "2024-05-01"));
        var ids = Enumerable.Range(0, nodes).Select(i => AddNode(graph, i)).ToList();
        var linked = nodes - unconnected;
        const int community = 50;
        for (var e = 0; e < edges; e++)
        {
            var a = random.Next(linked);
            var start = a / community * community;
            var size = Math.Min(community, linked - start);
            // Squaring favours the first members of a community: its hubs.
            var b = random.NextDouble() < 0.85 ? start + (int)(size * Math.Pow(random.NextDouble(), 2)) : random.Next(linked);
            if (a == b)
                b = (b + 1) % linked;
            var date = new DateOnly(2024, 1, 1).AddDays(random.Next(366)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var relation = RelationNames[random.Next(RelationNames.Length)];
            graph.AddEdge(ids[a], relation, ids[b], new Evidence("d1", $"Sentence {e}.", e, e + 10), date);
        }
        return graph.ToSnapshot();
    }

    private static string AddNode(MultiGraph graph, int i)
    {
        var type = NodeTypes.All[i % NodeTypes.All.Count];
        var id = $"{type.Name()}:n{i}";
        graph.AddNode(id, $"{type.Name()} {i} Quint", type).AddDocument("d1", 1 + i % 7);
        return id;
    }
}
