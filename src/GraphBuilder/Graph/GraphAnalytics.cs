using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;
using QuikGraph.Algorithms.Ranking;

namespace GraphBuilder.Graph;

/// <summary>
/// Node metrics from QuikGraph's algorithms: weakly connected components and PageRank. Both run on a copy
/// built in sorted order (so results never depend on merge order) in which a symmetric edge points both
/// ways, since "A met B" is as much B's link to A; degree and weighted degree count the model's edges as they are.
/// </summary>
public static class GraphAnalytics
{
    private const double Damping = 0.85;

    public static IReadOnlyDictionary<string, NodeMetrics> Compute(IBidirectionalGraph<string, TaggedEdge<string, EdgeBuilder>> graph)
    {
        var analysis = AnalysisGraph(graph);
        var (component, size) = Components(analysis);
        var ranks = PageRanks(analysis);
        var highest = ranks.Count > 0 ? ranks.Values.Max() : 0;
        return graph.Vertices.ToDictionary(v => v, v =>
        {
            var edges = graph.InEdges(v).Concat(graph.OutEdges(v)).ToList();
            return new NodeMetrics(edges.Count, edges.Sum(e => e.Tag.Evidence.Count), component[v], size[component[v]],
                ranks[v], highest > 0 ? Math.Round(ranks[v] / highest, 4, MidpointRounding.AwayFromZero) : 0);
        }, StringComparer.Ordinal);
    }

    private static BidirectionalGraph<string, SEdge<string>> AnalysisGraph(IBidirectionalGraph<string, TaggedEdge<string, EdgeBuilder>> graph)
    {
        var analysis = new BidirectionalGraph<string, SEdge<string>>(allowParallelEdges: true);
        analysis.AddVertexRange(graph.Vertices.Order(StringComparer.Ordinal));
        foreach (var edge in graph.Edges.OrderBy(e => e.Tag.Id, StringComparer.Ordinal))
        {
            analysis.AddEdge(new SEdge<string>(edge.Source, edge.Target));
            if (Relations.IsSymmetric(edge.Tag.Relation) && edge.Source != edge.Target)
                analysis.AddEdge(new SEdge<string>(edge.Target, edge.Source));
        }
        return analysis;
    }

    /// <summary>QuikGraph numbers components in visiting order; renumbered by each one's smallest node id so ids are stable.</summary>
    private static (Dictionary<string, int> Component, Dictionary<int, int> Size) Components(BidirectionalGraph<string, SEdge<string>> analysis)
    {
        var algorithm = new WeaklyConnectedComponentsAlgorithm<string, SEdge<string>>(analysis);
        algorithm.Compute();
        var groups = analysis.Vertices.GroupBy(v => algorithm.Components[v])
            .Select(g => g.Order(StringComparer.Ordinal).ToList())
            .OrderBy(g => g[0], StringComparer.Ordinal).ToList();
        var component = new Dictionary<string, int>(StringComparer.Ordinal);
        var size = new Dictionary<int, int>();
        for (var i = 0; i < groups.Count; i++)
        {
            size[i] = groups[i].Count;
            foreach (var vertex in groups[i])
                component[vertex] = i;
        }
        return (component, size);
    }

    private static Dictionary<string, double> PageRanks(BidirectionalGraph<string, SEdge<string>> analysis)
    {
        var algorithm = new PageRankAlgorithm<string, SEdge<string>>(analysis) { Damping = Damping };
        algorithm.Compute();
        return analysis.Vertices.ToDictionary(v => v,
            v => Math.Round(algorithm.Ranks[v], NodeMetrics.PageRankDecimals, MidpointRounding.AwayFromZero), StringComparer.Ordinal);
    }
}
