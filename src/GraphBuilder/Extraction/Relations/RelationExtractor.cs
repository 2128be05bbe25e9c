using GraphBuilder.Documents;
using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// The relation stage: masks each sentence's mentions, runs every pattern family over it in article order
/// and turns what they find into relations with the sentence as evidence. Stateless, so thread-safe.
/// </summary>
public sealed class RelationExtractor : IRelationExtractor
{
    private static readonly IPatternFamily[] Families =
    [
        new MeetingPatterns(),
    ];

    public IReadOnlyList<ExtractedRelation> Extract(EntityAnalysis analysis, SourceDocument document)
    {
        var discourse = new Discourse();
        var relations = new List<ExtractedRelation>();
        var seen = new HashSet<(string, string, string, int)>();
        foreach (var annotated in analysis.Sentences)
        {
            var sentence = new MaskedSentence(annotated);
            var s = annotated.Sentence;
            var evidence = new Evidence(analysis.Document.Id, s.Text, s.Start, s.End);
            foreach (var found in Families.SelectMany(f => f.Find(sentence, discourse)))
            {
                if (found.SourceKey == found.TargetKey || !seen.Add((found.SourceKey, found.Relation, found.TargetKey, s.Index)))
                    continue;
                relations.Add(new ExtractedRelation(found.SourceKey, found.Relation, found.TargetKey, evidence,
                    null, found.Status, found.Attributes));
            }
            discourse.After(sentence);
        }
        return relations;
    }
}
