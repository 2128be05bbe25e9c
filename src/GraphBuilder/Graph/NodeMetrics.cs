namespace GraphBuilder.Graph;

/// <summary>
/// What the graph as a whole says about one node: its degree (edges touching it, a symmetric edge once),
/// weighted degree (their evidence counts summed), its weakly connected component (numbered from 0 in the
/// order of each component's smallest node id) and that component's size, and its PageRank (rounded to
/// <see cref="PageRankDecimals"/> decimals so files are byte-stable). Scale is PageRank over the graph's
/// highest, in [0, 1]: the writers size nodes by it.
/// </summary>
public sealed record NodeMetrics(int Degree, int WeightedDegree, int Component, int ComponentSize, double PageRank, double Scale)
{
    public const int PageRankDecimals = 6;

    public static NodeMetrics None { get; } = new(0, 0, 0, 1, 0, 0);
}
