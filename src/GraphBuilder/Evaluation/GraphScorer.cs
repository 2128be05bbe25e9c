using Newtonsoft.Json.Linq;

namespace GraphBuilder.Evaluation;

public sealed record ScoreReport(IReadOnlyDictionary<string, double> Metrics, ScoreDetail Detail);

/// <summary>
/// Scores a node-link graph against a hand annotation with the same rules and metric names as
/// ../shared/eval/score.py, so users can tune on their own annotated articles without Python.
/// </summary>
public static class GraphScorer
{
    public static ScoreReport Score(JObject graph, JObject goldJson)
    {
        var gold = GoldAnnotation.Parse(goldJson);
        var nodes = (graph["nodes"] as JArray ?? []).ToList();
        var links = (graph["links"] as JArray ?? graph["edges"] as JArray ?? []).ToList();
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var detail = new ScoreDetail();
        var entities = new EntityScorer(gold, nodes, links);
        entities.Score(metrics, detail);
        new RelationScorer(gold, links, entities.NodeMatch).Score(metrics, detail);
        return new ScoreReport(metrics, detail);
    }

    public static bool IsCount(string metric) => metric is "leaks" or "duplicates";
}
