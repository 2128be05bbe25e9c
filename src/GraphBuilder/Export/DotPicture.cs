using GraphBuilder.Graph;

namespace GraphBuilder.Export;

/// <summary>
/// The graph-wide drawing settings of graph.dot, chosen so each Graphviz engine gives a picture near square:
/// - rankdir=LR: news graphs are hubs (one minister, many counterparts) and dot puts a hub's neighbours in one
///   rank; left to right, that rank is a column of short boxes instead of a row of wide ones (the seeds went from
///   5588×420 to about 1400×1600).
/// - nodes without any edge are drawn only while there are few of them (MaxUnconnectedDrawn); above that they
///   are left out of graph.dot (they stay in every other format) and the legend says how many. dot's own packing
///   (pack=true) would have placed them in a grid but drops most edge labels (Graphviz 2.43), and in one rank
///   they made the 20 MB corpus a 32767×464 bitmap.
/// - overlap=prism and splines=true: neato and sfdp remove node overlaps and route edges around nodes; dot
///   ignores overlap and draws splines anyway.
/// </summary>
public static class DotPicture
{
    public const int MaxUnconnectedDrawn = 20;

    public const string GraphAttributes =
        "rankdir=\"LR\", overlap=\"prism\", splines=\"true\", labelloc=\"t\", labeljust=\"l\", fontsize=\"12\"";

    /// <summary>The nodes graph.dot draws: all of them, or those with edges when too many have none.</summary>
    public static IReadOnlyList<Node> DrawnNodes(GraphSnapshot graph)
    {
        var linked = graph.Edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet(StringComparer.Ordinal);
        return graph.Nodes.Count(n => !linked.Contains(n.Id)) > MaxUnconnectedDrawn
            ? graph.Nodes.Where(n => linked.Contains(n.Id)).ToList()
            : graph.Nodes;
    }
}
