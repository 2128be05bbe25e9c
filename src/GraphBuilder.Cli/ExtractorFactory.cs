using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Entities;
using GraphBuilder.Extraction.Relations;

namespace GraphBuilder.Cli;

/// <summary>The extractor `build` uses: the entity stage, then the relation stage.</summary>
public static class ExtractorFactory
{
    public static IDocumentExtractor Create() => new ArticleExtractor(new EntityExtractor(), new RelationExtractor());
}
