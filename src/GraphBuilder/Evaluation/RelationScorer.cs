using Newtonsoft.Json.Linq;

namespace GraphBuilder.Evaluation;

/// <summary>
/// score.py's relation half: links become (doc, source, relation, target) tuples through the matched
/// nodes, one per evidence document; met_with matches either direction. Core = met_with, co_chaired,
/// designated; secondary recall counts any link between the two entities in that document.
/// </summary>
internal sealed class RelationScorer(GoldAnnotation gold, IReadOnlyList<JToken> links, IReadOnlyDictionary<string, string> nodeMatch)
{
    private static readonly string[] Core = ["met_with", "co_chaired", "designated"];

    private sealed record Tuple4(string Doc, string Source, string Relation, string Target)
    {
        public override string ToString() => $"{Doc} {Source} {Relation} {Target}";
    }

    public void Score(IDictionary<string, double> metrics, ScoreDetail detail)
    {
        var predicted = Predictions().ToHashSet();
        var names = gold.Relations.Select(g => g.Relation).Concat(predicted.Select(p => p.Relation)).ToHashSet();
        int coreTp = 0, coreFp = 0, coreFn = 0;
        foreach (var rel in names.Order(StringComparer.Ordinal))
        {
            var p = predicted.Where(x => x.Relation == rel).ToList();
            var g = gold.Relations.Where(x => x.Relation == rel).ToList();
            var hit = g.Where(x => p.Any(y => Matches(y, x))).ToList();
            var good = p.Where(y => g.Any(x => Matches(y, x))).ToList();
            int tp = hit.Count, fp = p.Count - good.Count, fn = g.Count - tp;
            if (g.Count > 0 || Core.Contains(rel))
                Prf.Of(tp, fp, fn).AddTo(metrics, $"relation.{rel}");
            if (!Core.Contains(rel))
                continue;
            (coreTp, coreFp, coreFn) = (coreTp + tp, coreFp + fp, coreFn + fn);
            detail.FalseRelations.AddRange(p.Except(good).Select(x => x.ToString()));
            detail.MissedRelations.AddRange(g.Except(hit).Select(x => $"{x.Doc} {string.Join("|", x.Sources)} {x.Relation} {x.Target}"));
        }
        Prf.Of(coreTp, coreFp, coreFn).AddTo(metrics, "relation.core");
        var pairs = predicted.Select(x => (x.Doc, Pair(x.Source, x.Target))).ToHashSet();
        var secondaryHits = gold.Secondary.Count(s => pairs.Contains((s.Doc, Pair(s.Sources[0], s.Target))));
        metrics["relation.secondary.r"] = gold.Secondary.Count > 0 ? (double)secondaryHits / gold.Secondary.Count : 1.0;
    }

    private IEnumerable<Tuple4> Predictions()
    {
        foreach (var link in links)
        {
            var rel = Canonical((string?)link["relation"] ?? "");
            var source = (string?)link["source"] ?? "";
            var target = (string?)link["target"] ?? "";
            var s = nodeMatch.GetValueOrDefault(source, "?" + source);
            var t = nodeMatch.GetValueOrDefault(target, "?" + target);
            var docs = (link["evidence"] as JArray ?? []).OfType<JObject>()
                .Select(ev => (string?)ev["document"]).OfType<string>().Where(d => d.Length > 0)
                .Select(gold.DocKey).DefaultIfEmpty("?").Distinct();
            foreach (var d in docs)
                yield return new Tuple4(d, s, rel, t);
        }
    }

    private static string Canonical(string relation)
    {
        var rel = relation.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        return rel switch
        {
            "meet_with" or "met" => "met_with",
            "cochaired" or "co_chair" or "co_chairs" => "co_chaired",
            "designate" or "designates" => "designated",
            _ => rel,
        };
    }

    private static bool Matches(Tuple4 p, GoldRelation g) =>
        p.Doc == g.Doc && p.Relation == g.Relation &&
        ((g.Sources.Contains(p.Source) && p.Target == g.Target) ||
         (p.Relation == "met_with" && g.Sources.Contains(p.Target) && p.Source == g.Target));

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
