using System.Globalization;
using GraphBuilder.Graph;

namespace GraphBuilder.Export;

/// <summary>How GEXF differs from GraphML in carrying the same fields: which ones it holds natively, its type names, node sizes.</summary>
internal static class GexfFields
{
    /// <summary>GraphML keys GEXF carries as XML attributes or viz elements instead (label, kind, weight, colour).</summary>
    public static readonly HashSet<string> Native = new(StringComparer.Ordinal)
    {
        "n_label", "n_r", "n_g", "n_b", "e_label", "e_kind", "e_weight",
    };

    /// <summary>
    /// A GraphML key id ("n_type") as the GEXF attribute id: the plain name ("type"), since graphology names
    /// attributes by id; node and edge attributes have separate id spaces, so no prefix is needed.
    /// </summary>
    public static string NameOf(string graphMLKeyId) => graphMLKeyId[2..];

    /// <summary>GraphML's "int" is GEXF's "integer"; the other types share their names.</summary>
    public static string Type(string graphMLType) => graphMLType == "int" ? "integer" : graphMLType;

    /// <summary>Node size 10 to 50 by PageRank relative to the graph's highest, as DOT's font size follows it.</summary>
    public static string Size(NodeMetrics metrics) => (10 + 40 * metrics.Scale).ToString("0.0#", CultureInfo.InvariantCulture);
}
