using GraphBuilder.Graph;

namespace GraphBuilder.Export;

/// <summary>
/// graph.dot's legend: the graph's own label, an HTML-like table of the node types (in their fill colours) and the
/// relations (in their line colours) the graph holds. Being a label rather than a node, it adds nothing to the
/// graph that tools reading the file would count, and every layout engine places it the same way.
/// </summary>
public static class DotLegend
{
    /// <param name="leftOut">How many nodes without edges the picture leaves out (they are in the other formats).</param>
    public static string Label(GraphSnapshot graph, int leftOut = 0)
    {
        var types = NodeTypes.All.Where(t => graph.Nodes.Any(n => n.Type == t)).ToList();
        var relations = graph.Edges.Select(e => e.Relation).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = new List<string> { Row("<B>node types</B>", "") };
        rows.AddRange(types.Select(t => Row(Cell(t.Name()), NodeStyles.Of(t).Hex)));
        if (relations.Count > 0)
            rows.Add(Row("<B>relations</B>", ""));
        rows.AddRange(relations.Select(r => Row($"<FONT COLOR=\"{RelationStyles.Colour(r)}\">━━ </FONT>{Cell(r)}" +
                                                   (Relations.IsSymmetric(r) ? "" : " →"), "")));
        if (leftOut > 0)
            rows.Add(Row($"<I>{leftOut} nodes without edges not drawn</I>", ""));
        return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">" + string.Concat(rows) + "</TABLE>>";
    }

    private static string Row(string content, string fill) =>
        fill.Length > 0
            ? $"<TR><TD ALIGN=\"LEFT\" BGCOLOR=\"{fill}\" BORDER=\"1\">{content}</TD></TR>"
            : $"<TR><TD ALIGN=\"LEFT\">{content}</TD></TR>";

    /// <summary>Type and relation names are snake_case words from our own code, but they are escaped all the same.</summary>
    private static string Cell(string text) => System.Net.WebUtility.HtmlEncode(text);
}
