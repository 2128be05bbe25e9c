using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Documents;
using Newtonsoft.Json.Linq;

namespace GraphBuilder.Tests.Evaluation;

/// <summary>
/// The relation stage against the hand annotation of the seeds and the dev set, on graphs built by the real
/// pipeline: score.py's relation metrics, the gold dates on the edges, and evidence offsets that slice
/// exactly their sentence out of the source files.
/// </summary>
[Category("Evaluation")]
public partial class RelationEvaluationTests
{
    [Test]
    public void Seeds_relations_meet_the_bounds()
    {
        var score = PythonScorer.Run(EvaluationGraphs.Seeds, EvaluationGraphs.SeedsGold);
        Assert.Multiple(() =>
        {
            Assert.That(score["relation.core.f1"], Is.GreaterThanOrEqualTo(0.95), score.ToString());
            Assert.That(score["relation.secondary.r"], Is.GreaterThanOrEqualTo(0.70), score.ToString());
        });
    }

    [Test]
    public void Dev_relations_meet_the_bounds()
    {
        var score = PythonScorer.Run(EvaluationGraphs.Dev, EvaluationGraphs.DevGold);
        Assert.That(score["relation.core.f1"], Is.GreaterThanOrEqualTo(0.85), score.ToString());
    }

    [Test]
    public void Seeds_dated_gold_relations_carry_their_dates()
    {
        var dated = DatedGoldRelations(EvaluationGraphs.Seeds, EvaluationGraphs.SeedsGold);

        Assert.That(dated, Has.Count.GreaterThanOrEqualTo(4));
        Assert.That(dated.Where(d => d.Found != d.Gold), Is.Empty, string.Join("; ", dated));
    }

    [Test]
    public void Dev_dated_gold_relations_mostly_carry_their_dates()
    {
        var dated = DatedGoldRelations(EvaluationGraphs.Dev, EvaluationGraphs.DevGold);

        var share = dated.Count(d => Agrees(d.Found, d.Gold)) / (double)dated.Count;
        Assert.That(share, Is.GreaterThanOrEqualTo(0.8), string.Join("; ", dated.Where(d => !Agrees(d.Found, d.Gold))));
    }

    [TestCase("seeds")]
    [TestCase("dev")]
    public void Every_evidence_slices_its_sentence_out_of_the_source_file(string set)
    {
        var (graph, folder) = set == "seeds"
            ? (EvaluationGraphs.Seeds, RepoPaths.Seeds)
            : (EvaluationGraphs.Dev, Path.Combine(PythonScorer.EvalData, "dev", "articles"));
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var evidence = JObject.Parse(graph)["links"]!.SelectMany(l => l["evidence"]!).ToList();

        Assert.That(evidence, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var e in evidence)
            {
                var doc = (string)e["document"]!;
                var text = texts.TryGetValue(doc, out var t) ? t : texts[doc] = DocumentLoader.Load(Path.Combine(folder, doc + ".txt")).Text;
                var (start, end) = ((int)e["start"]!, (int)e["end"]!);
                Assert.That(text[start..end], Is.EqualTo((string)e["sentence"]!), $"{doc} [{start}..{end}]");
            }
        });
    }

    /// <summary>The same date, or a finer one inside the gold month or year ("2025-04-23" for "2025-04").</summary>
    private static bool Agrees(string found, string gold) => found == gold || found.StartsWith(gold + "-", StringComparison.Ordinal);

    /// <summary>(gold relation, gold date, the date of the graph's edge between the matched nodes or "missing").</summary>
    private static List<(string Relation, string Gold, string Found)> DatedGoldRelations(string graphJson, string goldPath)
    {
        var graph = JObject.Parse(graphJson);
        var gold = JObject.Parse(File.ReadAllText(goldPath));
        var goldIdOf = NodeMatches(graph, gold);
        var docOf = ((JObject)gold["documents"]!).Properties().ToDictionary(p => (string)p.Value!, p => p.Name, StringComparer.Ordinal);
        var result = new List<(string, string, string)>();
        foreach (var r in gold["relations"]!.Where(r => r["date"] is not null))
        {
            var sources = r["source"] is JArray a ? a.Select(x => (string)x!).ToHashSet() : [(string)r["source"]!];
            var target = (string)r["target"]!;
            var edge = graph["links"]!.FirstOrDefault(l => (string)l["relation"]! == (string)r["relation"]! &&
                l["evidence"]!.Any(e => docOf.GetValueOrDefault((string)e["document"]!) == (string)r["doc"]!) &&
                Ends(l, goldIdOf).Any(p => sources.Contains(p.Source) && p.Target == target));
            result.Add(($"{r["doc"]} {string.Join('|', sources)} {r["relation"]} {target}", (string)r["date"]!,
                edge is null ? "missing" : (string?)edge["date"] ?? "none"));
        }
        return result;
    }

    /// <summary>Both directions for symmetric met_with, as score.py matches them.</summary>
    private static IEnumerable<(string Source, string Target)> Ends(JToken link, IReadOnlyDictionary<string, string> goldIdOf)
    {
        var s = goldIdOf.GetValueOrDefault((string)link["source"]!, "?");
        var t = goldIdOf.GetValueOrDefault((string)link["target"]!, "?");
        return (string)link["relation"]! == "met_with" ? [(s, t), (t, s)] : [(s, t)];
    }

    /// <summary>Graph node id -> gold entity id, by label or alias under score.py's name normalisation.</summary>
    private static Dictionary<string, string> NodeMatches(JObject graph, JObject gold)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in gold["entities"]!)
            foreach (var n in e["names"]!)
                byName.TryAdd(Norm((string)n!), (string)e["id"]!);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in graph["nodes"]!)
        {
            var names = new[] { (string)n["label"]! }.Concat(n["aliases"]?.Select(a => (string)a!) ?? []);
            var id = names.Select(x => byName.GetValueOrDefault(Norm(x))).FirstOrDefault(x => x is not null);
            if (id is not null)
                result[(string)n["id"]!] = id;
        }
        return result;
    }

    private static string Norm(string s)
    {
        var folded = string.Concat(s.Normalize(NormalizationForm.FormKD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)).ToLowerInvariant().Replace('\u2019', '\'');
        folded = LeadingThe().Replace(Possessive().Replace(folded, ""), "");
        return NonAlphanumeric().Replace(folded, "");
    }

    [GeneratedRegex(@"'s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^\s*the\s+")]
    private static partial Regex LeadingThe();

    [GeneratedRegex("[^0-9a-z]+")]
    private static partial Regex NonAlphanumeric();
}
