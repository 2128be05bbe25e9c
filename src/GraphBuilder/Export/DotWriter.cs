using System.Globalization;
using System.Text;
using GraphBuilder.Graph;

namespace GraphBuilder.Export;

/// <summary>
/// graph.dot for Graphviz: a digraph whose every ID and value is a quoted, escaped string; nodes shaped
/// and filled by type and sized by PageRank, edges labelled with relation and dates, symmetric relations
/// drawn without arrows, planned ones dashed, lines coloured by relation and thicker (and, for dot, shorter:
/// Graphviz's weight) the more evidence an edge has, and a legend. Ids, metrics and dates (JSON text) are the
/// same as in the other formats. The picture settings (DotPicture) keep every engine's drawing near square.
/// </summary>
public sealed class DotWriter : IGraphWriter
{
    public string Format => "dot";

    public string FileName => "graph.dot";

    public void Write(GraphSnapshot graph, Stream output)
    {
        using var dot = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        dot.WriteLine($"digraph {DotText.Quote(graph.Name)} {{");
        var nodes = DotPicture.DrawnNodes(graph);
        dot.WriteLine($"  graph [charset=\"UTF-8\", fontname=\"Helvetica\", {DotPicture.GraphAttributes}, " +
                      $"label={DotLegend.Label(graph, graph.Nodes.Count - nodes.Count)}];");
        dot.WriteLine("  node [style=\"filled\", fontname=\"Helvetica\", color=\"#555555\"];");
        dot.WriteLine("  edge [fontname=\"Helvetica\", fontsize=\"10\", color=\"#666666\"];");
        foreach (var node in nodes)
            dot.WriteLine(NodeLine(node));
        foreach (var edge in graph.Edges)
            dot.WriteLine(EdgeLine(edge));
        dot.WriteLine("}");
    }

    /// <summary>
    /// A node drawn larger the higher its PageRank (the font grows, and Graphviz sizes the shape to its label);
    /// the metrics ride along as attributes Graphviz keeps but does not draw.
    /// </summary>
    private static string NodeLine(Node node)
    {
        var style = NodeStyles.Of(node.Type);
        var m = node.Metrics;
        return $"  {DotText.Quote(node.Id)} [label={DotText.Quote(node.Label)}, shape={DotText.Quote(style.Shape)}, " +
               $"fillcolor={DotText.Quote(style.Hex)}, fontsize={DotText.Quote(FontSize(m.Scale))}, " +
               $"degree={DotText.Quote(Int(m.Degree))}, weighted_degree={DotText.Quote(Int(m.WeightedDegree))}, " +
               $"component={DotText.Quote(Int(m.Component))}, component_size={DotText.Quote(Int(m.ComponentSize))}, " +
               $"pagerank={DotText.Quote(JsonFields.Number(m.PageRank))}];";
    }

    /// <summary>The label names the relation and every date the edge has (a long list as its first and last).</summary>
    private static string EdgeLine(Edge edge)
    {
        var dates = edge.Dates.Count <= 3
            ? string.Join(", ", edge.Dates)
            : $"{edge.FirstDate} … {edge.LastDate} ({edge.Dates.Count} dates)";
        var label = dates.Length == 0 ? edge.Relation : edge.Relation + "\n" + dates;
        var colour = DotText.Quote(RelationStyles.Colour(edge.Relation));
        var attributes = new List<string>
        {
            "id=" + DotText.Quote(edge.Id), "label=" + DotText.Quote(label),
            "penwidth=" + DotText.Quote(PenWidth(edge.Weight)), "weight=" + DotText.Quote(Int(edge.Weight)),
            "color=" + colour, "fontcolor=" + colour,
            "dates=" + DotText.Quote(JsonFields.Compact(json => JsonFields.Strings(json, edge.Dates))),
        };
        if (Relations.IsSymmetric(edge.Relation))
            attributes.Add("dir=\"none\"");
        if (edge.Status == EdgeStatus.Planned)
            attributes.Add("style=\"dashed\"");
        return $"  {DotText.Quote(edge.Source)} -> {DotText.Quote(edge.Target)} [{string.Join(", ", attributes)}];";
    }

    private static string FontSize(double scale) => (10 + 10 * scale).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>1.0 for one evidence item, half a point more per extra one, capped so hubs stay legible.</summary>
    private static string PenWidth(int weight) =>
        Math.Min(1.0 + 0.5 * (weight - 1), 5.0).ToString("0.0", CultureInfo.InvariantCulture);
}
