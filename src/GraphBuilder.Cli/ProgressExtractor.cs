using GraphBuilder.Documents;
using GraphBuilder.Extraction;

namespace GraphBuilder.Cli;

/// <summary>The build's extractor, reporting each finished document to the progress display; the pipeline needs no hook.</summary>
public sealed class ProgressExtractor(IDocumentExtractor inner, BuildProgress progress) : IDocumentExtractor
{
    public DocumentExtraction Extract(SourceDocument document)
    {
        var extraction = inner.Extract(document);
        progress.Done(document);
        return extraction;
    }
}
