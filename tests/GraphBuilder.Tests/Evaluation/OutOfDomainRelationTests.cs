using System.Text;
using GraphBuilder.Cli;
using GraphBuilder.Documents;
using GraphBuilder.Graph;

namespace GraphBuilder.Tests.Evaluation;

/// <summary>
/// Precision on real text outside diplomatic news: the raw text of every document of the UD treebanks in
/// ../shared/data/ud (GUM's biographies, interviews, vlogs, news; EWT's emails, blogs, reviews, newsgroups; 1,313
/// documents), built by the real pipeline. Almost none of them reports a meeting of officials, a co-chaired session
/// or a designation, so nearly every core edge there is a false one: prizes "met" by their winners, "listed as
/// invitees" read as a designation. The count was 47 before the classes of probes.spec's r15 were fixed and 31 after
/// (about ten of them true: "held a three way meeting", "where he met B"); the bound sits a little above, and the
/// test prints the edges so a rise can be read.
/// </summary>
[Category("Evaluation")]
public class OutOfDomainRelationTests
{
    private const int MaxCoreEdges = 34;

    [Test]
    public void The_UD_documents_give_few_core_relations()
    {
        var folder = Path.Combine(Path.GetTempPath(), "graphbuilder-ud-text-" + Environment.ProcessId);
        try
        {
            WriteDocuments(folder);
            var result = new GraphPipeline(ExtractorFactory.Create(), pathBase: folder).Run(InputFiles.Resolve([folder]));
            var core = result.Graph.Edges.Where(e => e.Relation is Relations.MetWith or Relations.CoChaired or Relations.Designated).ToList();
            foreach (var e in core)
                TestContext.Out.WriteLine($"{e.Relation} {e.Source} -> {e.Target}");
            Assert.That(result.Graph.Nodes.Count, Is.GreaterThan(1000), "the UD documents were read");
            Assert.That(core, Has.Count.LessThanOrEqualTo(MaxCoreEdges));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Each "# newdoc" of every treebank file as a text file: its sentences' "# text", paragraphs by "# newpar".</summary>
    private static void WriteDocuments(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "..", "shared", "data", "ud"), "*.conllu").Order(StringComparer.Ordinal))
        {
            string? id = null;
            var text = new StringBuilder();
            foreach (var line in File.ReadLines(file).Append("# newdoc id = end"))
            {
                if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    if (id is not null && text.Length > 0)
                        File.WriteAllText(Path.Combine(folder, Path.GetFileNameWithoutExtension(file) + "-" + Sanitised(id) + ".txt"), " date 2020-01-01\n" + text + "\n");
                    (id, text) = (line.Split('=', 2).ElementAtOrDefault(1)?.Trim() ?? line, new StringBuilder());
                }
                else if (line.StartsWith("# newpar", StringComparison.Ordinal) && text.Length > 0)
                    text.Append('\n');
                else if (line.StartsWith("# text = ", StringComparison.Ordinal))
                    text.Append(text.Length > 0 && text[^1] != '\n' ? " " : "").Append(line["# text = ".Length..]);
            }
        }
    }

    private static string Sanitised(string id) => new([.. id.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
}
