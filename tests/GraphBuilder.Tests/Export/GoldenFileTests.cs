using System.Globalization;
using System.Text;
using GraphBuilder.Export;

namespace GraphBuilder.Tests.Export;

/// <summary>
/// Each writer's output for the nasty sample graph equals its committed golden file byte for byte.
/// After an intended change, regenerate with `UPDATE_GOLDEN=1 dotnet test --filter FullyQualifiedName~GoldenFileTests`,
/// then read the diff of TestData/Export/ before committing it.
/// </summary>
public class GoldenFileTests
{
    private static IEnumerable<TestCaseData> Writers() =>
        WriterOutput.Writers.Select(w => new TestCaseData(w).SetArgDisplayNames(w.Format));

    [TestCaseSource(nameof(Writers))]
    public void OutputEqualsTheGoldenFile(IGraphWriter writer)
    {
        var golden = Path.Combine(WriterOutput.GoldenFolder, "nasty." + writer.FileName);
        var bytes = WriterOutput.Bytes(writer, SampleGraphs.Nasty());

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
            File.WriteAllBytes(golden, bytes);

        Assert.That(File.Exists(golden), $"{golden} is missing: run with UPDATE_GOLDEN=1 and review it");
        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo(File.ReadAllText(golden, Encoding.UTF8)), "text differs");
        Assert.That(bytes, Is.EqualTo(File.ReadAllBytes(golden)), "bytes differ");
    }

    [TestCaseSource(nameof(Writers))]
    public void WritingTwiceGivesIdenticalBytes(IGraphWriter writer) =>
        Assert.That(WriterOutput.Bytes(writer, SampleGraphs.Nasty()), Is.EqualTo(WriterOutput.Bytes(writer, SampleGraphs.Nasty())));

    [TestCaseSource(nameof(Writers))]
    public void FrenchCultureChangesNothing(IGraphWriter writer)
    {
        var invariant = WriterOutput.Bytes(writer, SampleGraphs.Nasty());
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        byte[] french;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.That(1.5.ToString(), Is.EqualTo("1,5"), "the culture switch did not take effect");
            french = WriterOutput.Bytes(writer, SampleGraphs.Nasty());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }

        Assert.That(french, Is.EqualTo(invariant));
        Assert.That(Encoding.UTF8.GetString(french), Does.Not.Match(@"\d,\d"), "a decimal comma");
    }

    [TestCaseSource(nameof(Writers))]
    public void OutputIsUtf8WithoutBomWithUnixNewlinesAndATrailingNewline(IGraphWriter writer)
    {
        var bytes = WriterOutput.Bytes(writer, SampleGraphs.Nasty());

        Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "BOM");
        Assert.That(bytes, Does.Not.Contain((byte)'\r'));
        Assert.That(bytes[^1], Is.EqualTo((byte)'\n'));
        Assert.That(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), Throws.Nothing);
    }

    [TestCaseSource(nameof(Writers))]
    public void TextNoFormatCanCarryIsDroppedOrReplacedNotFatal(IGraphWriter writer)
    {
        var bytes = WriterOutput.Bytes(writer, SampleGraphs.Unwritable());

        Assert.That(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), Throws.Nothing);
        if (writer is GraphMLWriter or GexfWriter)
            Assert.That(() => System.Xml.Linq.XDocument.Load(new MemoryStream(bytes)), Throws.Nothing);
    }

    [TestCaseSource(nameof(Writers))]
    public void AnEmptyGraphIsStillAWellFormedFile(IGraphWriter writer)
    {
        var text = Encoding.UTF8.GetString(WriterOutput.Bytes(writer, new GraphBuilder.Graph.MultiGraph().ToSnapshot()));

        switch (writer)
        {
            case JsonGraphWriter:
                Assert.That(Newtonsoft.Json.Linq.JObject.Parse(text)["nodes"], Is.Empty);
                break;
            case GraphMLWriter or GexfWriter:
                Assert.That(System.Xml.Linq.XDocument.Parse(text).Descendants().Count(e => e.Name.LocalName == "graph"), Is.EqualTo(1));
                break;
            case CytoscapeWriter:
                Assert.That(Newtonsoft.Json.Linq.JObject.Parse(text)["elements"]!["nodes"], Is.Empty);
                break;
            default:
                Assert.That(text, Does.StartWith("digraph \"GraphBuilder\" {\n").And.EndWith("\n}\n"));
                break;
        }
    }

    [Test]
    public void GexfAndCytoscapeAreRegisteredForTheCommandLine() =>
        Assert.That(new[] { "gexf", "cyjs" }.Select(f => GraphWriters.Find(f)?.FileName), Is.EqualTo(new[] { "graph.gexf", "graph.cyjs" }));

    [Test]
    public void GraphFormatsAreRegisteredFirstInOrder() =>
        Assert.That(GraphWriters.All.Take(3).Select(w => (w.Format, w.FileName)), Is.EqualTo(new[]
        {
            ("dot", "graph.dot"), ("graphml", "graph.graphml"), ("json", "graph.json"),
        }));
}
