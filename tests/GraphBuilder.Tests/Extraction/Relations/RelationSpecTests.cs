using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Relations;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Extraction.Relations;

/// <summary>Every case of every TestData/Relations/*.spec file, run through the relation extractor on hand-built mentions.</summary>
public class RelationSpecTests
{
    private static readonly string SpecDir = Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Relations");

    public static IEnumerable<TestCaseData> Cases() =>
        Directory.GetFiles(SpecDir, "*.spec").Order(StringComparer.Ordinal)
            .SelectMany(file => RelationSpec.Load(file).Select(spec =>
                new TestCaseData(spec).SetName($"{Path.GetFileNameWithoutExtension(file)}: {spec.Title}")));

    [TestCaseSource(nameof(Cases))]
    public void Extracts_exactly_the_expected_relations(RelationSpec spec)
    {
        var (analysis, document) = MarkedText.Build(spec.Sentences, spec.Date, spec.Parses, spec.Rereads);

        var relations = new RelationExtractor().Extract(analysis, document);

        Assert.That(relations.Where(r => spec.Relations.Count == 0 || spec.Relations.Contains(r.Relation)).Select(Describe).Order(StringComparer.Ordinal).ToList(),
            Is.EqualTo(spec.Expected.Select(Canonical).Order(StringComparer.Ordinal).ToList()));
    }

    /// <summary>"source relation target [status=..] [date=..] [key=value..]", symmetric pairs in sorted order.</summary>
    private static string Describe(ExtractedRelation r)
    {
        var parts = new List<string> { Pair(r.SourceKey, r.Relation, r.TargetKey) };
        if (r.Status != EdgeStatus.Happened)
            parts.Add($"status={r.Status}");
        if (r.Date is not null)
            parts.Add($"date={r.Date}");
        parts.AddRange((r.Attributes ?? new Dictionary<string, string>()).OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => $"{a.Key}={a.Value}"));
        return string.Join(' ', parts);
    }

    private static string Canonical(string expected)
    {
        var words = expected.Split(' ', 4);
        var head = Pair(words[0], words[1], words[2]);
        return words.Length > 3 ? $"{head} {words[3]}" : head;
    }

    private static string Pair(string source, string relation, string target) =>
        GraphBuilder.Graph.Relations.IsSymmetric(relation) && string.CompareOrdinal(source, target) > 0
            ? $"{target} {relation} {source}"
            : $"{source} {relation} {target}";
}
