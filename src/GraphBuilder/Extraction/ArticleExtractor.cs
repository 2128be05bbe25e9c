using GraphBuilder.Documents;
using GraphBuilder.Extraction.Dates;
using GraphBuilder.Graph;

namespace GraphBuilder.Extraction;

/// <summary>
/// The article extractor: the entity stage, then the relation stage, over one document. Event entities get
/// the first and last date the article gives them ("first_date"/"last_date"), from the sentences that name
/// them and from the dates of their co-chairs and attendance (not of a condemnation, which may come later);
/// the graph keeps the earliest and latest over all articles.
/// </summary>
public sealed class ArticleExtractor(IEntityExtractor entities, IRelationExtractor relations) : IDocumentExtractor
{
    private static readonly HashSet<string> SessionRelations = new(StringComparer.Ordinal) { Graph.Relations.CoChaired, Graph.Relations.Attended };

    public DocumentExtraction Extract(SourceDocument document)
    {
        var analysis = entities.Analyse(document);
        var found = relations.Extract(analysis, document);
        return new DocumentExtraction(analysis.Document, WithEventDates(analysis, found, document.Date), found);
    }

    private static IReadOnlyList<ExtractedEntity> WithEventDates(EntityAnalysis analysis, IReadOnlyList<ExtractedRelation> found, DateOnly? date)
    {
        var dates = analysis.Sentences.SelectMany(SentenceWindows.Of).SelectMany(s => EventDates.Of(s, date))
            .Concat(found.Where(r => r.Date is not null && r.Status == EdgeStatus.Happened && SessionRelations.Contains(r.Relation))
                .SelectMany(r => new[] { (EventKey: r.SourceKey, Date: r.Date!), (EventKey: r.TargetKey, Date: r.Date!) }))
            .ToLookup(d => d.EventKey, d => d.Date, StringComparer.Ordinal);
        return analysis.Entities.Select(e => e.Type == NodeType.Event && dates.Contains(e.Key) ? Dated(e, dates[e.Key]) : e).ToList();
    }

    private static ExtractedEntity Dated(ExtractedEntity entity, IEnumerable<string> dates)
    {
        var sorted = dates.Order(StringComparer.Ordinal).ToList();
        var attributes = new Dictionary<string, string>(entity.Attributes ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            ["first_date"] = sorted[0],
            ["last_date"] = sorted[^1],
        };
        return entity with { Attributes = attributes };
    }
}
