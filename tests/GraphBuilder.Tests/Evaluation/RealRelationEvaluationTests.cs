using GraphBuilder.Cli;
using GraphBuilder.Documents;
using GraphBuilder.Export;
using Newtonsoft.Json.Linq;

namespace GraphBuilder.Tests.Evaluation;

/// <summary>
/// The relation stage on the 30 real articles of ../shared/eval/real (read from there, never copied: they
/// belong to their publishers), built by the real pipeline and scored by score.py. The bounds are the
/// figures reached when the frames were tuned on 20 of them (the other 10 held out, see tools/real_split.py),
/// a little below, so a regression fails and noise does not.
/// </summary>
[Category("Evaluation")]
public class RealRelationEvaluationTests
{
    private static readonly string Real = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "eval", "real"));

    private static readonly Lazy<string> Graph = new(() =>
    {
        var folder = Path.Combine(Real, "articles");
        var result = new GraphPipeline(ExtractorFactory.Create(), pathBase: folder).Run(InputFiles.Resolve([folder]));
        return JsonGraphWriter.ToJson(result.Graph);
    });

    // Reached on 2026-11-29 (all 30, frames over the parse, a name after "with" past a split title, attended
    // frames, re-listing, the article's country as "the Government", a conjunct participle sharing its
    // noun, bulleted listings; then standing listings and statuses, passive bans "in R", measures imposed,
    // colon, count and pronoun continuations, numbered listings, relative subjects of support verbs, the
    // occasion of an article's meetings; and the secondary frames, meeting settings and session venues):
    // core F1 0.761, p 0.952, met_with r 0.682, co_chaired r 0.652, designated r 0.604, secondary r 0.450.
    // Then asides read out for a second parse, continuations parsed, "The sanctions target A" misread, an
    // earlier act left unnamed: core F1 0.800, p 0.955, designated r 0.708 (34 of 48), the others unchanged.
    // Then co-chairs from invented probes ("co-led", a gapped "and the other side by B", the active "led the
    // Ruritanian delegation"): core F1 0.807, p 0.956, co_chaired r 0.696, secondary r 0.467.
    // Then (2026-11-30) designation genres, a second parse with names as one word, name forms and a third round
    // of meeting probes: core F1 0.867, p 0.986, met_with r 0.818, co_chaired r 0.826, designated r 0.729.
    // Then (2026-11-30, later) 58 more whole designation articles: core F1 0.874, designated r 0.750 (36 of 48).
    // Then plural titles before names ("Foreign Ministers A of Peru and B of Chile"): core F1 0.881, met_with r 0.864.
    // Then (branch nomeet) met_with read by the frames alone, the meeting patterns deleted: the 20 tuned articles, seeds
    // and dev unchanged, but one held-out meeting the patterns read is lost: core F1 0.874, met_with r 0.818 (18 of 22).
    // The decision to delete them was taken on the 20, the seeds, dev and the probes; the held-out figure is only reported.
    // Then (fifth 2026-11-30 session) the secondary-relation rounds (branch second) and CoChairPatterns retired: core F1
    // 0.881, p 0.987, met_with r 0.864 (19 of 22; one tuned meeting read through an invitation), secondary r 0.550.
    // Then the designation round desig5 (semicolon lists also read a tuned delegation list "led by A, ...; and B, ..."):
    // core F1 0.888, co_chaired r 0.870.
    // Then (sixth 2026-11-30 session) the official's statement about a group the article reports designated read as its
    // condemnation (DesignationStatements), the blind rounds blindm and blindd: secondary r 0.600, the rest unchanged.
    // The issue's targets (0.75 / 0.85 / 0.65 / 0.40) are all reached.
    private const double CoreF1 = 0.88;
    private const double CoreP = 0.98;
    private const double MetWithR = 0.85;
    private const double CoChairedR = 0.85;
    private const double DesignatedR = 0.74;
    private const double SecondaryR = 0.58;

    [Test]
    public void Real_core_relations_meet_the_bounds()
    {
        var score = Score();
        var message = score.Summary("relation.");
        Assert.Multiple(() =>
        {
            Assert.That(score["relation.core.f1"], Is.GreaterThanOrEqualTo(CoreF1), message);
            Assert.That(score["relation.core.p"], Is.GreaterThanOrEqualTo(CoreP), message);
            Assert.That(score["relation.met_with.r"], Is.GreaterThanOrEqualTo(MetWithR), message);
            Assert.That(score["relation.co_chaired.r"], Is.GreaterThanOrEqualTo(CoChairedR), message);
            Assert.That(score["relation.designated.r"], Is.GreaterThanOrEqualTo(DesignatedR), message);
            Assert.That(score["relation.secondary.r"], Is.GreaterThanOrEqualTo(SecondaryR), message);
        });
    }

    [Test]
    public void Real_evidence_slices_its_sentence_out_of_the_source_file()
    {
        var evidence = JObject.Parse(Graph.Value)["links"]!.SelectMany(l => l["evidence"]!).ToList();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);

        Assert.That(evidence, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var e in evidence)
            {
                var doc = (string)e["document"]!;
                var text = texts.TryGetValue(doc, out var t) ? t : texts[doc] = DocumentLoader.Load(Path.Combine(Real, "articles", doc + ".txt")).Text;
                var (start, end) = ((int)e["start"]!, (int)e["end"]!);
                Assert.That(text[start..end], Is.EqualTo((string)e["sentence"]!), $"{doc} [{start}..{end}]");
            }
        });
    }

    private static Score Score()
    {
        if (!Directory.Exists(Real))
            Assert.Ignore($"the real articles are not at {Real}");
        return PythonScorer.Run(Graph.Value, Path.Combine(Real, "gold.json"));
    }
}
