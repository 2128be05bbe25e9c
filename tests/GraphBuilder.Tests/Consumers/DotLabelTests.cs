using System.Xml.Linq;
using GraphBuilder.Export;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Consumers;

/// <summary>What Graphviz actually draws for a label the DOT escaper wrote: the text the user meant, line by line.</summary>
[Category("Consumers")]
public class DotLabelTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [TestCase("C:\\Temp\\", new[] { "C:\\Temp\\" })]
    [TestCase("say \"hi\"", new[] { "say \"hi\"" })]
    [TestCase("\\l and \\N stay", new[] { "\\l and \\N stay" })]
    [TestCase("one\r\ntwo\nthree", new[] { "one", "two", "three" })]
    [TestCase("<b> & </b>", new[] { "<b> & </b>" })]
    [TestCase("strict", new[] { "strict" })]
    [TestCase("Subgraph", new[] { "Subgraph" })]
    [TestCase("bell\u0001ring", new[] { "bellring" }, TestName = "GraphvizDrawsTheIntendedText(control character dropped)")]
    [TestCase("مصر ישראל 🌊", new[] { "مصر ישראל 🌊" })]
    public void GraphvizDrawsTheIntendedText(string label, string[] lines)
    {
        var g = new MultiGraph(label);
        g.AddNode("person:x", label, NodeType.Person);
        var folder = Directory.CreateTempSubdirectory("gb-dot-").FullName;
        try
        {
            var dot = Path.Combine(folder, "graph.dot");
            AtomicFile.Write(dot, stream => new DotWriter().Write(g.ToSnapshot(), stream));

            var run = ExternalProgram.Run("dot", "-Tsvg", dot);

            Assert.That(run.Stderr, Is.Empty);
            Assert.That(run.ExitCode, Is.Zero);
            var node = XDocument.Parse(run.Stdout).Descendants(Svg + "g").Single(e => (string?)e.Attribute("class") == "node");
            Assert.That(node.Elements(Svg + "text").Select(t => t.Value), Is.EqualTo(lines));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
