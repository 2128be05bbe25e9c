using GraphBuilder.Documents;
using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Entities;
using GraphBuilder.Graph;
using GraphBuilder.Text;

namespace GraphBuilder.Tests.Extraction.Entities;

/// <summary>The entity stage, stage by stage, on short articles written for the tests (TestData/Entities/*.spec).</summary>
public class EntitySpecTests
{
    private static readonly EntityExtractor Extractor = new();

    private static SourceDocument Document(string text, string id = "spec") => DocumentLoader.Parse(id, id + ".txt", text);

    [TestCaseSource(typeof(EntitySpec), nameof(EntitySpec.Cases), new object[] { "furniture.spec" })]
    [TestCaseSource(typeof(EntitySpec), nameof(EntitySpec.Cases), new object[] { "leaks.spec" })]
    public void Furniture(EntitySpec spec)
    {
        var document = Document(spec.Text);
        var article = ArticleCleaner.Clean(document);
        var kept = string.Join("\n", article.Paragraphs.Select(p => document.Text[p.Start..p.End]));
        var title = spec.Values("title").Single();
        Assert.Multiple(() =>
        {
            Assert.That(article.Title, Is.EqualTo(title == "-" ? null : title), "title");
            foreach (var dateline in spec.Values("dateline"))
                Assert.That(article.Dateline is { } d ? document.Text[d.Start..d.End] : null, Is.EqualTo(dateline), "dateline");
            foreach (var keep in spec.Values("keep"))
                Assert.That(kept, Does.Contain(keep), "kept");
            foreach (var drop in spec.Values("drop"))
                Assert.That(kept, Does.Not.Contain(drop), "dropped");
        });
    }

    [TestCaseSource(typeof(EntitySpec), nameof(EntitySpec.Cases), new object[] { "sentences.spec" })]
    public void Sentences(EntitySpec spec)
    {
        var text = spec.Text;
        var sentences = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            sentences.AddRange(SentenceSplitter.Split(text, start, end).Select(s => text[s.Start..s.End]));
            start = end + 1;
        }
        Assert.That(sentences, Is.EqualTo(spec.Values("sentence").ToList()));
    }

    [TestCaseSource(typeof(EntitySpec), nameof(EntitySpec.Cases), new object[] { "mentions.spec" })]
    [TestCaseSource(typeof(EntitySpec), nameof(EntitySpec.Cases), new object[] { "types.spec" })]
    [TestCaseSource(typeof(EntitySpec), nameof(EntitySpec.Cases), new object[] { "boundaries.spec" })]
    [TestCaseSource(typeof(EntitySpec), nameof(EntitySpec.Cases), new object[] { "events.spec" })]
    [TestCaseSource(typeof(EntitySpec), nameof(EntitySpec.Cases), new object[] { "web-mentions.spec" })]
    [TestCaseSource(typeof(EntitySpec), nameof(EntitySpec.Cases), new object[] { "group-names.spec" })]
    public void Mentions(EntitySpec spec)
    {
        var entities = Extractor.Analyse(Document(spec.Text)).Entities;
        Assert.Multiple(() =>
        {
            foreach (var line in spec.Values("entity"))
            {
                var parts = line.Split('|', StringSplitOptions.TrimEntries);
                var found = entities.Where(e => e.Type == NodeTypes.Parse(parts[0]) && Names(e).Contains(parts[1])).ToList();
                Assert.That(found, Has.Count.EqualTo(1), $"{line} in [{Describe(entities)}]");
                foreach (var role in parts.Skip(2).Where(p => p.StartsWith("role=", StringComparison.Ordinal)))
                    Assert.That(found.SelectMany(e => e.Roles), Does.Contain(role[5..]), line);
            }
            foreach (var name in spec.Values("none"))
                Assert.That(entities.Where(e => Names(e).Any(n => NameKeys.Fold(n) == NameKeys.Fold(name))), Is.Empty, $"none: {name}");
        });
    }

    [TestCaseSource(typeof(EntitySpec), nameof(EntitySpec.Cases), new object[] { "coreference.spec" })]
    [TestCaseSource(typeof(EntitySpec), nameof(EntitySpec.Cases), new object[] { "aliases.spec" })]
    public void Coreference(EntitySpec spec)
    {
        var analysis = Extractor.Analyse(Document(spec.Text));
        var mentions = analysis.Sentences.SelectMany(s => s.Mentions).ToList();
        string KeyOf(string label) => analysis.Entities.Single(e => e.Name == label).Key;
        Assert.Multiple(() =>
        {
            foreach (var line in spec.Values("mention"))
            {
                var (surface, label) = (line.Split("->")[0].Trim(), line.Split("->")[1].Trim());
                var keys = mentions.Where(m => m.Text == surface).Select(m => m.EntityKey).Distinct().ToList();
                Assert.That(keys, Is.EqualTo(new[] { KeyOf(label) }), line);
            }
            foreach (var surface in spec.Values("unresolved"))
                Assert.That(mentions.Where(m => m.Text == surface), Is.Empty, $"unresolved: {surface}");
            foreach (var line in spec.Values("distinct"))
            {
                var labels = line.Split('|', StringSplitOptions.TrimEntries);
                Assert.That(KeyOf(labels[0]), Is.Not.EqualTo(KeyOf(labels[1])), line);
            }
        });
    }

    [TestCaseSource(typeof(EntitySpec), nameof(EntitySpec.Cases), new object[] { "resolution.spec" })]
    [TestCaseSource(typeof(EntitySpec), nameof(EntitySpec.Cases), new object[] { "duplicates.spec" })]
    public void Resolution(EntitySpec spec)
    {
        var merger = new GraphMerger(new MultiGraph());
        var extractor = new ArticleExtractor(Extractor, new NoRelations());
        foreach (var (id, text) in spec.Documents)
            merger.Merge(extractor.Extract(Document(text, id)));
        var nodes = merger.Graph.ToSnapshot().Nodes;
        Assert.Multiple(() =>
        {
            foreach (var line in spec.Values("node"))
            {
                var parts = line.Split('|', StringSplitOptions.TrimEntries);
                var found = nodes.Where(n => n.Type == NodeTypes.Parse(parts[0]) && (n.Label == parts[1] || n.Aliases.Contains(parts[1]))).ToList();
                Assert.That(found, Has.Count.EqualTo(1), $"{line} in [{string.Join("; ", nodes.Select(n => n.Label))}]");
                Assert.That(found.SelectMany(n => n.Documents), Is.EqualTo(parts[2].Split(',')), line);
            }
            foreach (var line in spec.Values("count"))
            {
                var parts = line.Split('=', StringSplitOptions.TrimEntries);
                Assert.That(nodes.Count(n => n.Type == NodeTypes.Parse(parts[0])), Is.EqualTo(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)),
                    $"{line} in [{string.Join("; ", nodes.Select(n => n.Label))}]");
            }
        });
    }

    private static IEnumerable<string> Names(ExtractedEntity e) => e.Aliases.Prepend(e.Name);

    private static string Describe(IEnumerable<ExtractedEntity> entities) =>
        string.Join("; ", entities.Select(e => $"{e.Type.Name()} {e.Name} ({string.Join(", ", e.Roles)})"));

    private sealed class NoRelations : IRelationExtractor
    {
        public IReadOnlyList<ExtractedRelation> Extract(EntityAnalysis analysis, SourceDocument document) => [];
    }
}
