using System.Diagnostics;
using Newtonsoft.Json.Linq;

namespace GraphBuilder.Tests.Evaluation;

/// <summary>What score.py says of a graph: its metrics and its detail lists (false nodes, missing entities, ...).</summary>
public sealed record Score(IReadOnlyDictionary<string, double> Metrics, JObject Detail)
{
    public double this[string metric] => Metrics.TryGetValue(metric, out var v) ? v : throw new KeyNotFoundException($"score.py gave no '{metric}'");

    /// <summary>The detail lists, for assertion messages.</summary>
    public override string ToString() => Detail.ToString(Newtonsoft.Json.Formatting.None);

    /// <summary>
    /// The metrics whose names start with the prefix, for assertion messages on the real articles: the detail lists
    /// would name the held-out articles' misses, which no one tuning the extractor may read.
    /// </summary>
    public string Summary(string prefix = "") =>
        string.Join(", ", Metrics.Where(m => m.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key} {m.Value:0.000}"));
}

/// <summary>
/// Runs the reference scorer (TestData/Eval/score.py, a copy of ../shared/eval/score.py) on a graph in
/// node-link JSON. Without python3 the calling test is ignored, or failed when the CI variable is set.
/// </summary>
public static class PythonScorer
{
    public static string EvalData => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Eval");

    public static Score Run(string graphJson, string goldPath)
    {
        var graphPath = Path.Combine(Path.GetTempPath(), $"graphbuilder-eval-{Guid.NewGuid():N}.json");
        File.WriteAllText(graphPath, graphJson);
        try
        {
            var (exit, output, error) = Python(Path.Combine(EvalData, "score.py"), graphPath, goldPath, "--json");
            Assert.That(exit, Is.EqualTo(0), $"score.py failed: {error}");
            var result = JObject.Parse(output);
            var metrics = ((JObject)result["metrics"]!).Properties().ToDictionary(p => p.Name, p => p.Value.Value<double>(), StringComparer.Ordinal);
            return new Score(metrics, (JObject)result["detail"]!);
        }
        finally
        {
            File.Delete(graphPath);
        }
    }

    private static (int Exit, string Output, string Error) Python(params string[] args)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            if (Environment.GetEnvironmentVariable("CI") is not null)
                Assert.Fail($"python3 is required on CI to run score.py: {e.Message}");
            Assert.Ignore($"python3 not found, score.py cannot run: {e.Message}");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Result, error);
        }
    }
}
