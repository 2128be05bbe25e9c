using GraphBuilder.Documents;

namespace GraphBuilder.Extraction;

/// <summary>The article extractor: the entity stage, then the relation stage, over one document.</summary>
public sealed class ArticleExtractor(IEntityExtractor entities, IRelationExtractor relations) : IDocumentExtractor
{
    public DocumentExtraction Extract(SourceDocument document)
    {
        var analysis = entities.Analyse(document);
        return new DocumentExtraction(analysis.Document, analysis.Entities, relations.Extract(analysis, document));
    }
}
