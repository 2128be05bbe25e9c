using System.Globalization;
using System.Xml.Linq;
using GraphBuilder.Export;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Consumers;

/// <summary>
/// graph.dot draws a readable picture with dot and sfdp: no warning, and an aspect ratio no worse than 4:1, for the
/// seeds and for a generated graph the size of the 20 MB corpus's (292 nodes, 162 of them without edges, hubs).
/// The ratios are printed; before the picture settings the seeds gave 5588×420 (13:1) with dot.
/// </summary>
[Category("Graphviz")]
public class GraphvizPictureTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var engine in new[] { "dot", "sfdp" })
        {
            yield return new TestCaseData(engine, "seeds").SetArgDisplayNames(engine, "seeds");
            yield return new TestCaseData(engine, "corpus-sized").SetArgDisplayNames(engine, "corpus-sized");
        }
    }

    private static GraphSnapshot Graph(string name) =>
        name == "seeds" ? SeedGraph.Shared : LargeGraphs.Communities(292, 190, unconnected: 162);

    [TestCaseSource(nameof(Cases))]
    public void DrawsWithoutWarningsAndNoWiderThanFourToOne(string engine, string graphName)
    {
        var folder = Directory.CreateTempSubdirectory("gb-picture-").FullName;
        try
        {
            var dot = Path.Combine(folder, "graph.dot");
            AtomicFile.Write(dot, stream => new DotWriter().Write(Graph(graphName), stream));

            var run = ExternalProgram.Run(engine, "-Tsvg", dot);

            Assert.That(run.Stderr, Is.Empty);
            Assert.That(run.ExitCode, Is.Zero);
            var svg = XDocument.Parse(run.Stdout).Root!;
            var (width, height) = (Points(svg, "width"), Points(svg, "height"));
            var aspect = Math.Max(width / height, height / width);
            TestContext.Out.WriteLine($"{engine} {graphName}: {width:0}×{height:0} pt, aspect {aspect:0.00}:1");
            Assert.That(aspect, Is.LessThanOrEqualTo(4.0));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Points(XElement svg, string attribute) =>
        double.Parse(((string)svg.Attribute(attribute)!).Replace("pt", ""), CultureInfo.InvariantCulture);
}
