using GraphBuilder.Documents;
using GraphBuilder.Extraction;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Integration;

/// <summary>
/// One document that runs over its budget or throws is skipped with the reason; the others are still built.
/// The stand-in extractor loops (checking the budget, as every stage loop does) or throws on named files.
/// </summary>
public class PipelineGuardTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("gb-guard-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private sealed class Misbehaving : IDocumentExtractor
    {
        public DocumentExtraction Extract(SourceDocument document)
        {
            if (document.Id == "hangs")
                while (true)
                    DocumentBudget.Check();
            if (document.Id == "throws")
                throw new IndexOutOfRangeException("Index was outside the bounds of the array.");
            return new DocumentExtraction(new DocumentInfo(document.Id, document.Path, "", null), [], []);
        }
    }

    private List<string> Files(params string[] names) => names.Select(n =>
    {
        var path = Path.Combine(_dir, n + ".txt");
        File.WriteAllText(path, "Text.");
        return path;
    }).ToList();

    [TestCase(1)]
    [TestCase(2)]
    public void AHangingOrThrowingDocumentIsSkippedAndTheOthersAreRead(int cores)
    {
        var pipeline = new GraphPipeline(new Misbehaving(), cores, _dir, TimeSpan.FromMilliseconds(200));

        var result = pipeline.Run(Files("a", "hangs", "throws", "z"));

        Assert.That(result.DocumentsRead, Is.EqualTo(2));
        Assert.That(result.Skipped, Is.EqualTo(new[]
        {
            new SkippedDocument("hangs.txt", "took longer than its 0.2 s budget (--document-timeout)"),
            new SkippedDocument("throws.txt", "extraction failed (IndexOutOfRangeException: Index was outside the bounds of the array.)"),
        }));
        Assert.That(result.Graph.Documents.Select(d => d.Id), Is.EqualTo(new[] { "a", "z" }));
    }

    [Test]
    public void OutsideABudgetCheckDoesNothingAndABudgetEndsWithItsScope()
    {
        DocumentBudget.Check();
        using (DocumentBudget.Start(TimeSpan.Zero))
            Assert.That(DocumentBudget.Check, Throws.TypeOf<DocumentBudgetExceededException>());
        Assert.That(DocumentBudget.Check, Throws.Nothing);
    }
}
