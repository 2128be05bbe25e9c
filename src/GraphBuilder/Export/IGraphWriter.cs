using GraphBuilder.Graph;

namespace GraphBuilder.Export;

/// <summary>One output format: its name on the command line, the file it writes, and how.</summary>
public interface IGraphWriter
{
    string Format { get; }

    string FileName { get; }

    void Write(GraphSnapshot graph, Stream output);
}
