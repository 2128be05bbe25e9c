using System.Diagnostics;
using GraphBuilder.Cli;
using GraphBuilder.Documents;
using GraphBuilder.Extraction;

namespace GraphBuilder.Tests.Robustness;

/// <summary>
/// No generated official-style document, damaged or recombined, may hang, crash or run over a budget far
/// below the default: 2,400 documents, each inside its own budget, the whole batch inside a bound. Figures
/// (count, total, slowest) are printed; a failure prints the offending text.
/// </summary>
[Category("Robustness")]
public class GeneratedTextTests
{
    /// <summary>Safety nets only: documents here take milliseconds; a runaway pattern takes for ever.</summary>
    private static readonly TimeSpan PerDocument = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Batch = TimeSpan.FromMinutes(5);

    [Test]
    public void EveryGeneratedDocumentFinishesWithinItsBudget()
    {
        var extractor = ExtractorFactory.Create();
        // Warm-up (jitting, lexicons), so the slowest document printed is the slowest text, not the first one.
        extractor.Extract(DocumentLoader.Parse("warm-up", "warm-up.txt", new OfficialText(-1).Document(12)));
        var failures = new List<string>();
        var (count, slowest, slowestName, slowestText) = (0, TimeSpan.Zero, "", "");
        var batch = Stopwatch.StartNew();
        foreach (var (name, text) in GeneratedCorpus.Documents(generated: 1000, mutated: 600, recombined: 800))
        {
            count++;
            var watch = Stopwatch.StartNew();
            try
            {
                using (DocumentBudget.Start(PerDocument))
                    extractor.Extract(DocumentLoader.Parse(name, name + ".txt", text));
            }
            catch (Exception e)
            {
                failures.Add($"{name}: {e.GetType().Name}: {e.Message}\n--- text ---\n{text}\n------------");
            }
            if (watch.Elapsed > slowest)
                (slowest, slowestName, slowestText) = (watch.Elapsed, name, text);
        }
        batch.Stop();
        TestContext.Out.WriteLine($"{count} documents in {batch.Elapsed.TotalSeconds:F1} s; slowest {slowestName} {slowest.TotalMilliseconds:F0} ms:\n{slowestText}");
        Assert.That(count, Is.GreaterThanOrEqualTo(2000));
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(5)));
        Assert.That(batch.Elapsed, Is.LessThan(Batch), "the batch ran over its bound");
    }
}
