using GraphBuilder.Graph;

namespace GraphBuilder.Cli;

/// <summary>The short report `build` prints on stdout: documents, nodes by type, edges by relation, files.</summary>
public static class Summary
{
    public static void Print(TextWriter stdout, PipelineResult result, IReadOnlyList<string> files)
    {
        var graph = result.Graph;
        stdout.WriteLine($"Documents read: {result.DocumentsRead}" +
                         (result.Skipped.Count > 0 ? $" ({result.Skipped.Count} skipped)" : ""));
        stdout.WriteLine($"Nodes: {graph.Nodes.Count}  " + string.Join("  ",
            NodeTypes.All.Select(t => $"{t.Name()} {graph.Nodes.Count(n => n.Type == t)}")));
        stdout.WriteLine($"Edges: {graph.Edges.Count}  " + string.Join("  ",
            graph.Edges.GroupBy(e => e.Relation).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        foreach (var file in files)
            stdout.WriteLine($"Wrote {file.Replace('\\', '/')}");
    }
}
