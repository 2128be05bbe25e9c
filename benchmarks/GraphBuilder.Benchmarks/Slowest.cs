using System.Diagnostics;
using GraphBuilder.Cli;
using GraphBuilder.Documents;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// `slowest [folders...]`: extraction time of every article (after a warm-up pass), the slowest five and the
/// total, which is what the default document budget (DocumentBudget.DefaultLimit) is set against.
/// </summary>
public static class Slowest
{
    public static void Run(string[] folders)
    {
        var files = InputFiles.Resolve(folders.Where(Directory.Exists));
        var extractor = ExtractorFactory.Create();
        foreach (var file in files)
            extractor.Extract(DocumentLoader.Load(file));
        var times = files.Select(file =>
        {
            var document = DocumentLoader.Load(file);
            var watch = Stopwatch.StartNew();
            extractor.Extract(document);
            return (File: file, Ms: watch.Elapsed.TotalMilliseconds, Bytes: document.Text.Length);
        }).OrderByDescending(t => t.Ms).ToList();
        Console.WriteLine($"{files.Count} articles, {times.Sum(t => t.Bytes) / 1024.0:F0} K characters, {times.Sum(t => t.Ms):F0} ms in all; slowest:");
        foreach (var (file, ms, bytes) in times.Take(5))
            Console.WriteLine($"  {ms,7:F1} ms  {bytes,7} chars  {Path.GetRelativePath(Environment.CurrentDirectory, file)}");
    }
}
