using GraphBuilder.Export;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Export;

/// <summary>Runs a writer into memory, and locates the committed golden files (in the source tree, so they can be regenerated).</summary>
public static class WriterOutput
{
    /// <summary>The graph formats these tests own (the HTML viewer is tested on its own).</summary>
    public static IReadOnlyList<IGraphWriter> Writers { get; } =
        [new DotWriter(), new GraphMLWriter(), new JsonGraphWriter(), new GexfWriter(), new CytoscapeWriter()];

    public static string GoldenFolder => Path.Combine(RepoPaths.Root, "tests", "GraphBuilder.Tests", "TestData", "Export");

    public static byte[] Bytes(IGraphWriter writer, GraphSnapshot graph)
    {
        using var stream = new MemoryStream();
        writer.Write(graph, stream);
        return stream.ToArray();
    }

    /// <summary>Writes the formats into a folder the way the CLI does (atomically) and returns the folder.</summary>
    public static string WriteAll(GraphSnapshot graph, string folder)
    {
        foreach (var writer in Writers)
            AtomicFile.Write(Path.Combine(folder, writer.FileName), stream => writer.Write(graph, stream));
        return folder;
    }
}
