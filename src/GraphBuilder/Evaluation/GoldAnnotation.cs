using Newtonsoft.Json.Linq;

namespace GraphBuilder.Evaluation;

public sealed record GoldEntity(string Id, string Type, IReadOnlyList<string> Names, IReadOnlyList<string> Docs);

public sealed record GoldRelation(string Doc, IReadOnlyList<string> Sources, string Relation, string Target);

/// <summary>A hand annotation in the format of ../shared/eval/*.gold.json (see score.py's docstring).</summary>
public sealed record GoldAnnotation(
    IReadOnlyDictionary<string, string> StemToDoc,
    IReadOnlyList<GoldEntity> Entities,
    IReadOnlyList<(string Type, IReadOnlyList<string> Names)> Optional,
    IReadOnlyList<(string Doc, IReadOnlyList<string> Names)> Forbidden,
    IReadOnlyList<GoldRelation> Relations,
    IReadOnlyList<GoldRelation> Secondary)
{
    public static GoldAnnotation Parse(JObject gold)
    {
        static IReadOnlyList<string> Strings(JToken? t) =>
            t is JArray a ? a.Select(x => (string)x!).ToList() : t is null ? [] : [(string)t!];
        static GoldRelation Relation(JToken r) =>
            new((string)r["doc"]!, Strings(r["source"]), (string)r["relation"]!, (string)r["target"]!);
        var documents = (JObject?)gold["documents"] ?? new JObject();
        return new GoldAnnotation(
            documents.Properties().ToDictionary(p => (string)p.Value!, p => p.Name),
            (gold["entities"] ?? new JArray()).Select(e => new GoldEntity((string)e["id"]!, (string)e["type"]!,
                Strings(e["names"]), Strings(e["docs"]))).ToList(),
            (gold["optional"] ?? new JArray()).Select(o => ((string)o["type"]!, Strings(o["names"]))).ToList(),
            (gold["forbidden"] ?? new JArray()).Select(f => ((string)f["doc"]!, Strings(f["names"]))).ToList(),
            (gold["relations"] ?? new JArray()).Select(Relation).ToList(),
            (gold["secondary"] ?? new JArray()).Select(Relation).ToList());
    }

    public string DocKey(string document)
    {
        var stem = NameKey.Stem(document);
        return StemToDoc.GetValueOrDefault(stem, stem);
    }
}
