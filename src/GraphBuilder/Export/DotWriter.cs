using System.Globalization;
using System.Text;
using GraphBuilder.Graph;

namespace GraphBuilder.Export;

/// <summary>
/// graph.dot for Graphviz: a digraph whose every ID and value is a quoted, escaped string; nodes shaped
/// and filled by type, edges labelled with relation and date, symmetric relations drawn without arrows,
/// planned ones dashed, lines coloured by relation and thicker the more evidence an edge has, and a legend.
/// The picture settings (DotPicture) keep every engine's drawing near square: see there.
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

    private static string NodeLine(Node node)
    {
        var style = NodeStyles.Of(node.Type);
        return $"  {DotText.Quote(node.Id)} [label={DotText.Quote(node.Label)}, shape={DotText.Quote(style.Shape)}, " +
               $"fillcolor={DotText.Quote(style.Hex)}];";
    }

    private static string EdgeLine(Edge edge)
    {
        var label = edge.Date is null ? edge.Relation : edge.Relation + "\n" + edge.Date;
        var colour = DotText.Quote(RelationStyles.Colour(edge.Relation));
        var attributes = new List<string>
        {
            "label=" + DotText.Quote(label), "penwidth=" + DotText.Quote(PenWidth(edge.Weight)), "color=" + colour, "fontcolor=" + colour,
        };
        if (Relations.IsSymmetric(edge.Relation))
            attributes.Add("dir=\"none\"");
        if (edge.Status == EdgeStatus.Planned)
            attributes.Add("style=\"dashed\"");
        return $"  {DotText.Quote(edge.Source)} -> {DotText.Quote(edge.Target)} [{string.Join(", ", attributes)}];";
    }

    /// <summary>1.0 for one evidence item, half a point more per extra one, capped so hubs stay legible.</summary>
    private static string PenWidth(int weight) =>
        Math.Min(1.0 + 0.5 * (weight - 1), 5.0).ToString("0.0", CultureInfo.InvariantCulture);
}
