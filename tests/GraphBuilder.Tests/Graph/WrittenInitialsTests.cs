using GraphBuilder.Cli;
using GraphBuilder.Documents;

namespace GraphBuilder.Tests.Graph;

/// <summary>
/// A body the gazetteer knows by its long name keeps the initials an article wrote for it as the node's alias
/// ("OFAC"), so a reader searching the graph for them finds it; the body's own long name stays its label.
/// </summary>
public class WrittenInitialsTests
{
    [TestCase("OFAC designated the Varden Shipping Company on Tuesday.", "Office of Foreign Assets Control", "OFAC")]
    [TestCase("The UNSC met on Tuesday and sanctioned Oskar Veld.", "UN Security Council", "UNSC")]
    public void A_known_body_written_by_its_initials_keeps_them_as_an_alias(string text, string label, string initials)
    {
        var node = Build(text).Nodes.Single(n => n.Label == label);

        Assert.That(node.Aliases, Does.Contain(initials));
    }

    [Test]
    public void A_body_written_in_full_gets_no_initials()
    {
        var node = Build("The Office of Foreign Assets Control designated the Varden Shipping Company.").Nodes
            .Single(n => n.Label == "Office of Foreign Assets Control");

        Assert.That(node.Aliases, Does.Not.Contain("OFAC"));
    }

    private static GraphBuilder.Graph.GraphSnapshot Build(string text)
    {
        var folder = Path.Combine(Path.GetTempPath(), "graphbuilder-initials-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), $" date 2025-03-04\n{text}\n");
            return new GraphPipeline(ExtractorFactory.Create(), pathBase: folder).Run(InputFiles.Resolve([folder])).Graph;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
