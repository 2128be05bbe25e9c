namespace GraphBuilder.Export;

/// <summary>The formats `graphbuilder build --format` knows, in the order they are written.</summary>
public static class GraphWriters
{
    public static IReadOnlyList<IGraphWriter> All { get; } =
    [
        new DotWriter(),
        new GraphMLWriter(),
        new JsonGraphWriter(),
        new HtmlWriter(),
        new GexfWriter(),
        new CytoscapeWriter(),
    ];

    public static IReadOnlyList<string> Names => All.Select(w => w.Format).ToList();

    public static IGraphWriter? Find(string format) =>
        All.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase));
}
