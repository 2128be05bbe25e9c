using System.Text.RegularExpressions;
using GraphBuilder.Documents;
using GraphBuilder.Graph;

namespace GraphBuilder.Extraction;

/// <summary>
/// A deliberately simple stand-in until the real entity and relation stages land: every run of two or
/// more capitalised words is a "person", and two of them in one sentence are "mentioned_with".
/// </summary>
public sealed partial class NaiveExtractor : IDocumentExtractor
{
    [GeneratedRegex(@"[^.!?\n]+[.!?]?")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+")]
    private static partial Regex CapitalisedRun();

    public DocumentExtraction Extract(SourceDocument document)
    {
        var entities = new Dictionary<string, ExtractedEntity>(StringComparer.Ordinal);
        var relations = new List<ExtractedRelation>();
        foreach (Match s in Sentence().Matches(document.Text, document.BodyStart))
        {
            var names = CapitalisedRun().Matches(s.Value).Select(m => m.Value).Distinct().ToList();
            foreach (var name in names)
                entities[name] = entities.TryGetValue(name, out var e) ? e with { Mentions = e.Mentions + 1 }
                    : new ExtractedEntity(name, NodeType.Person, name, [], [], 1);
            var evidence = new Evidence(document.Id, s.Value, s.Index, s.Index + s.Length);
            for (var i = 1; i < names.Count; i++)
                relations.Add(new ExtractedRelation(names[0], Graph.Relations.MentionedWith, names[i], evidence));
        }
        var info = new DocumentInfo(document.Id, document.Path, null, document.Date is null ? null : document.IsoDate);
        return new DocumentExtraction(info, entities.Values.ToList(), relations);
    }
}
