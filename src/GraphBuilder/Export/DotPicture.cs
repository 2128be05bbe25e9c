namespace GraphBuilder.Export;

/// <summary>
/// The graph-wide drawing settings of graph.dot, chosen so each Graphviz engine gives a picture near square:
/// - rankdir=LR: news graphs are hubs (one minister, many counterparts) and dot puts a hub's neighbours in one
///   rank; left to right, that rank is a column of short boxes instead of a row of wide ones (the seeds went from
///   5588×420 to about 1600×1200).
/// - pack/packmode=graph: components, and nodes without edges, are laid out apart and packed around each other
///   instead of sharing one long rank (the 20 MB corpus gave a 32767×464 bitmap).
/// - overlap=prism and splines=true: neato and sfdp remove node overlaps and route edges around nodes; dot
///   ignores overlap and draws splines anyway.
/// </summary>
public static class DotPicture
{
    public const string GraphAttributes =
        "rankdir=\"LR\", pack=\"true\", packmode=\"graph\", overlap=\"prism\", splines=\"true\", " +
        "labelloc=\"t\", labeljust=\"l\", fontsize=\"12\"";
}
