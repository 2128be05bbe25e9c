using GraphBuilder.Cli;
using GraphBuilder.Documents;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Evaluation;

/// <summary>
/// Invented articles in the phrasings real news uses, read end to end by the pipeline `build` runs (cleaner,
/// entities, the embedded tagger and parser, frames): what generalises beyond the articles we tune on, and
/// what a retrained model must keep. All probes are built once, each as its own article.
/// </summary>
public class ProbeTests
{
    private static readonly string ProbeDir = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Probes");
    private static readonly IReadOnlyList<ProbeSpec> All = Directory.GetFiles(ProbeDir, "*.spec").Order(StringComparer.Ordinal)
        .SelectMany(ProbeSpec.Load).ToList();
    private static readonly Lazy<ILookup<string, string>> EdgesByArticle = new(Build);

    public static IEnumerable<TestCaseData> Cases() =>
        All.Select((probe, i) => new TestCaseData(i, probe).SetName($"probe {i + 1:000}: {probe.Title}"));

    [TestCaseSource(nameof(Cases))]
    public void The_article_gives_the_expected_edges(int index, ProbeSpec probe)
    {
        var edges = EdgesByArticle.Value[ArticleId(index)].ToList();

        Assert.Multiple(() =>
        {
            foreach (var expected in probe.Expected)
                Assert.That(edges, Does.Contain(Canonical(expected)), probe.Text);
            foreach (var wrong in probe.Wrong)
                Assert.That(edges, Does.Not.Contain(Canonical(wrong)), probe.Text);
            foreach (var relation in probe.Absent)
                Assert.That(edges.Where(e => e.Split(' ')[1] == relation), Is.Empty, probe.Text);
        });
    }

    /// <summary>" ¶ " separates the article's paragraphs, " ↵ " its lines (a headline run into the text).</summary>
    private static string Body(string text) =>
        text.Replace(" ¶ ", "\n\n", StringComparison.Ordinal).Replace(" ↵ ", "\n", StringComparison.Ordinal);

    private static string ArticleId(int index) => $"probe{index + 1:000}";

    private static ILookup<string, string> Build()
    {
        var folder = Path.Combine(Path.GetTempPath(), "graphbuilder-probes-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            for (var i = 0; i < All.Count; i++)
                File.WriteAllText(Path.Combine(folder, ArticleId(i) + ".txt"), $" date 2025-03-04\nRegional news\n\n{Body(All[i].Text)}\n");
            var graph = new GraphPipeline(ExtractorFactory.Create(), pathBase: folder).Run(InputFiles.Resolve([folder])).Graph;
            return graph.Edges.SelectMany(e => e.Evidence.Select(v => (Article: Path.GetFileNameWithoutExtension(v.Document), Edge: Describe(e))))
                .Distinct().ToLookup(x => x.Article, x => x.Edge);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Describe(Edge e) => Canonical($"{Key(e.Source)} {e.Relation} {Key(e.Target)}");

    private static string Key(string nodeId) => nodeId[(nodeId.IndexOf(':') + 1)..];

    /// <summary>A symmetric relation's pair in sorted order, as the graph keeps one edge per pair.</summary>
    private static string Canonical(string edge)
    {
        var parts = edge.Split(' ');
        return Relations.IsSymmetric(parts[1]) && string.CompareOrdinal(parts[0], parts[2]) > 0
            ? $"{parts[2]} {parts[1]} {parts[0]}" : edge;
    }
}
