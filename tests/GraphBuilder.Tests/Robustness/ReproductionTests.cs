using System.Diagnostics;
using GraphBuilder.Cli;
using GraphBuilder.Documents;
using GraphBuilder.Extraction;

namespace GraphBuilder.Tests.Robustness;

/// <summary>
/// The inputs of issue #9 that made .NET 10's compiled relation regexes loop (memory growing past 22 GB) or
/// throw IndexOutOfRange, each alone in a document (invented text). Each must now finish well inside a small
/// budget, and where a relation is plainly stated it must still be found.
/// </summary>
[Category("Robustness")]
public class ReproductionTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    [TestCase(" date 2024-05-09\nBoth sides held their 14th Maritime Dialogue in Lima. The Dialogue was co-chaired by Mara Quint, Director for Security in the External Service and Ambassador R.T. Sethi, Joint Secretary for Fisheries.\n", "person:mara-quint co_chaired event:maritime-dialogue")]
    [TestCase("The 3rd Maritime Dialogue was co-chaired by Mara Quint, and the two sides reviewed progress on joint patrols, fishing licences, port access and training.", "person:mara-quint co_chaired event:maritime-dialogue")]
    [TestCase("The 3rd Maritime Dialogue was led by Mara Quint, and the two sides reviewed progress on joint patrols, fishing licences, port access and training.", null)]
    [TestCase("The 3rd Maritime Dialogue chaired by Mara Quint, and the two sides reviewed progress on joint patrols, fishing licences, port access and training.", null)]
    [TestCase("The 3rd Maritime Dialogue headed by Mara Quint, and the two sides reviewed progress on joint patrols, fishing licences, port access and training.", null)]
    [TestCase("The accord was signed in the presence of Mara Quint, and the two sides reviewed progress on joint patrols, fishing licences, port access and training.", null)]
    [TestCase("Both sides held the 3rd Maritime Dialogue in Lima, co-chaired by Mara Quint, and the two sides reviewed progress on joint patrols, fishing licences, port access and training.", "person:mara-quint co_chaired event:maritime-dialogue")]
    [TestCase("Ravi Quint, delegations included Quint, for Consular Affairs and Counterterrorism in the Ministry Secretary for Europe and Asia L.M.", null)]
    public void FinishesWellInsideItsBudget(string text, string? expected)
    {
        var watch = Stopwatch.StartNew();
        DocumentExtraction extraction;
        using (DocumentBudget.Start(Budget))
            extraction = ExtractorFactory.Create().Extract(DocumentLoader.Parse("repro", "repro.txt", text));
        TestContext.Out.WriteLine($"{watch.Elapsed.TotalMilliseconds:F0} ms");

        var edges = extraction.Relations.Select(r => $"{r.SourceKey} {r.Relation} {r.TargetKey}");
        if (expected is not null)
            Assert.That(edges, Does.Contain(expected));
    }
}
