using Newtonsoft.Json.Linq;

namespace GraphBuilder.Evaluation;

/// <summary>
/// score.py's entity half: a node matches the gold entity its label (or else an alias) names, when the
/// types agree (a country may be typed as a place and vice versa); optional names are neither rewarded
/// nor punished. Fills entity.*, doc_coverage, leaks and duplicates, and NodeMatch for the relation half.
/// </summary>
internal sealed class EntityScorer(GoldAnnotation gold, IReadOnlyList<JToken> nodes, IReadOnlyList<JToken> links)
{
    private static readonly string[] ScoredTypes = ["country", "event", "organisation", "person", "place"];

    public Dictionary<string, string> NodeMatch { get; } = new();

    public Dictionary<string, HashSet<string>> NodeDocs { get; } = new();

    public void Score(IDictionary<string, double> metrics, ScoreDetail detail)
    {
        var byName = Index(gold.Entities.SelectMany(e => e.Names.Select(n => (n, e.Id))));
        var optional = gold.Optional.SelectMany(o => o.Names).Select(NameKey.Of).ToHashSet();
        var typeOf = gold.Entities.ToDictionary(e => e.Id, e => e.Type);
        var fpByType = ScoredTypes.ToDictionary(t => t, _ => 0);
        var matched = new Dictionary<string, List<string>>();
        foreach (var n in nodes)
        {
            var id = (string)n["id"]!;
            var type = TypeClass((string?)n["type"]);
            NodeDocs[id] = Strings(n["documents"]).Select(gold.DocKey).ToHashSet();
            if (!fpByType.ContainsKey(type))
                continue;
            var names = Strings(n["aliases"]).Prepend((string?)n["label"] ?? id).ToList();
            var cands = names.Select(x => byName.GetValueOrDefault(NameKey.Of(x))).FirstOrDefault(c => c is not null);
            if (cands is { Count: > 1 })
                Reject(fpByType, type, detail.Ambiguous, names[0]);
            else if (cands is not null && Accepts(typeOf[cands.First()], type))
                Match(matched, cands.First(), id);
            else if (cands is not null)
                Reject(fpByType, type, detail.TypeErrors, $"{names[0]} ({type}, gold {typeOf[cands.First()]})");
            else if (!names.Any(x => optional.Contains(NameKey.Of(x))))
                Reject(fpByType, type, detail.FalseNodes, $"{names[0]} ({type})");
        }
        AddEvidenceDocs();
        Totals(metrics, detail, matched, fpByType);
    }

    private void Match(Dictionary<string, List<string>> matched, string goldId, string nodeId)
    {
        NodeMatch[nodeId] = goldId;
        if (!matched.TryGetValue(goldId, out var ids))
            matched[goldId] = ids = [];
        ids.Add(nodeId);
    }

    private static void Reject(Dictionary<string, int> fpByType, string type, List<string> list, string what)
    {
        fpByType[type]++;
        list.Add(what);
    }

    private void AddEvidenceDocs()
    {
        foreach (var link in links)
            foreach (var ev in link["evidence"] as JArray ?? [])
                if (ev is JObject o && (string?)o["document"] is { Length: > 0 } d)
                    foreach (var end in new[] { (string?)link["source"], (string?)link["target"] })
                        if (end is not null)
                            (NodeDocs.TryGetValue(end, out var set) ? set : NodeDocs[end] = []).Add(gold.DocKey(d));
    }

    private void Totals(IDictionary<string, double> metrics, ScoreDetail detail,
        Dictionary<string, List<string>> matched, Dictionary<string, int> fpByType)
    {
        int allTp = 0, allFp = 0, allFn = 0, pairs = 0, hits = 0;
        foreach (var type in ScoredTypes)
        {
            var golds = gold.Entities.Where(e => e.Type == type).ToList();
            var found = golds.Where(e => matched.ContainsKey(e.Id)).ToList();
            int tp = found.Count, fp = fpByType[type] + found.Sum(e => matched[e.Id].Count - 1), fn = golds.Count - tp;
            detail.MissingEntities.AddRange(golds.Where(e => !matched.ContainsKey(e.Id)).Select(e => e.Names[0]));
            Prf.Of(tp, fp, fn).AddTo(metrics, $"entity.{type}");
            (allTp, allFp, allFn) = (allTp + tp, allFp + fp, allFn + fn);
        }
        Prf.Of(allTp, allFp, allFn).AddTo(metrics, "entity.all");
        foreach (var e in gold.Entities)
        {
            var have = matched.GetValueOrDefault(e.Id, []).SelectMany(id => NodeDocs.GetValueOrDefault(id, [])).ToHashSet();
            pairs += e.Docs.Count;
            hits += e.Docs.Count(have.Contains);
        }
        metrics["doc_coverage"] = pairs > 0 ? (double)hits / pairs : 1.0;
        metrics["duplicates"] = matched.Values.Sum(ids => ids.Count - 1);
        detail.Duplicates.AddRange(matched.Where(kv => kv.Value.Count > 1).Select(kv => $"{kv.Key}: {string.Join(", ", kv.Value)}"));
        metrics["leaks"] = CountLeaks(detail);
    }

    private int CountLeaks(ScoreDetail detail)
    {
        var forbidden = Index(gold.Forbidden.SelectMany(f => f.Names.Select(n => (n, f.Doc))));
        foreach (var n in nodes)
        {
            var docs = NodeDocs.GetValueOrDefault((string)n["id"]!, []);
            var bad = Strings(n["aliases"]).Prepend((string?)n["label"] ?? "")
                .Select(x => forbidden.GetValueOrDefault(NameKey.Of(x), []).Where(docs.Contains).ToList())
                .FirstOrDefault(b => b.Count > 0);
            if (bad is not null)
                detail.Leaks.Add($"{n["label"]} in [{string.Join(", ", bad.Order(StringComparer.Ordinal))}]");
        }
        return detail.Leaks.Count;
    }

    private static Dictionary<string, HashSet<string>> Index(IEnumerable<(string Name, string Value)> pairs)
    {
        var index = new Dictionary<string, HashSet<string>>();
        foreach (var (name, value) in pairs)
            if (NameKey.Of(name) is { Length: > 0 } key)
                (index.TryGetValue(key, out var set) ? set : index[key] = []).Add(value);
        return index;
    }

    private static bool Accepts(string goldType, string type) =>
        type == goldType || (goldType is "country" or "place" && type is "country" or "place");

    internal static IEnumerable<string> Strings(JToken? t) => t is JArray a ? a.Select(x => (string)x!) : [];

    private static string TypeClass(string? type) => (type ?? "").Trim().ToLowerInvariant() switch
    {
        "per" or "people" => "person",
        "organization" or "org" => "organisation",
        "gpe" or "nation" => "country",
        "location" or "loc" or "city" => "place",
        var t => t,
    };
}
