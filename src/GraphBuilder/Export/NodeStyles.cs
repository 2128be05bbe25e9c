using System.Globalization;
using GraphBuilder.Graph;

namespace GraphBuilder.Export;

/// <summary>How a node type is drawn: a Graphviz shape and a light fill colour that black text reads well on.</summary>
public sealed record NodeStyle(string Shape, byte R, byte G, byte B)
{
    public string Hex => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");
}

public static class NodeStyles
{
    public static NodeStyle Of(NodeType type) => type switch
    {
        NodeType.Person => new("ellipse", 0xa6, 0xce, 0xe3),
        NodeType.Organisation => new("box", 0xb2, 0xdf, 0x8a),
        NodeType.Country => new("hexagon", 0xfd, 0xbf, 0x6f),
        NodeType.Place => new("house", 0xca, 0xb2, 0xd6),
        NodeType.Event => new("octagon", 0xfb, 0x9a, 0x99),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
