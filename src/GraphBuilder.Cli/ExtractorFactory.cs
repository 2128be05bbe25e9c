using GraphBuilder.Extraction;

namespace GraphBuilder.Cli;

/// <summary>The extractor `build` uses.</summary>
public static class ExtractorFactory
{
    public static IDocumentExtractor Create() => new NaiveExtractor();
}
