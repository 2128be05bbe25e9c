using System.Diagnostics;
using GraphBuilder;
using GraphBuilder.Benchmarks;
using GraphBuilder.Cli;
using GraphBuilder.Documents;
using GraphBuilder.Export;

// Extraction throughput benchmark: builds a corpus of >= N MB from the seed and dev articles, then runs the
// real pipeline (load, extract, merge) on one core and on all cores, and writes every format once. A first,
// reported pass over a tenth of the corpus warms the runtime (jitting, tier-up, lexicons) as a long run would be.
// usage: dotnet run -c Release --project benchmarks/GraphBuilder.Benchmarks -- [MB=50] [articles folders...]
//        ... -- growth [sentence|list|document|names...]   (time and memory of one document against its size: see Growth)
//        ... -- slowest [folders...]   (the slowest articles: see Slowest)
if (args is ["growth", .. var series])
{
    Growth.Run(series);
    return;
}
if (args is ["slowest", .. var folders])
{
    Slowest.Run(folders.Length > 0 ? folders : ["seeds", "../shared/eval/dev/articles", "../shared/eval/real/articles"]);
    return;
}
// `-- stages [MB] [parse]`: CPU time and allocations stage by stage (StageBenchmark).
if (args is ["stages", ..])
{
    StageBenchmark.Run(args.Length > 1 && int.TryParse(args[1], out var stageMb) ? stageMb : 2, args.Contains("parse"),
        InputFiles.Resolve(new[] { "seeds", "../shared/eval/dev/articles" }.Where(Directory.Exists)));
    return;
}
// `-- syntax [MB]` runs the parser benchmark instead (SyntaxBenchmark).
if (args is ["syntax", ..])
{
    SyntaxBenchmark.Run(args.Length > 1 && int.TryParse(args[1], out var syntaxMb) ? syntaxMb : 10,
        InputFiles.Resolve(new[] { "seeds", "../shared/eval/dev/articles" }.Where(Directory.Exists)));
    return;
}
var megabytes = args.Length > 0 && int.TryParse(args[0], out var mb) ? mb : 50;
var sourceFolders = args.Length > 1 ? args[1..] : ["seeds", "../shared/eval/dev/articles"];
var sources = InputFiles.Resolve(sourceFolders.Where(Directory.Exists));
var corpus = Path.Combine(Path.GetTempPath(), "graphbuilder-bench-corpus");
if (Directory.Exists(corpus))
    Directory.Delete(corpus, recursive: true);
var bytes = CorpusMaker.Make(sources, corpus, megabytes * 1024L * 1024L);
var files = InputFiles.Resolve([corpus]);
Console.WriteLine($"corpus: {files.Count} files, {bytes / 1048576.0:F1} MB, from {sources.Count} articles");

var warmup = files.Take(Math.Max(1, files.Count / 10)).ToList();
var warmupBytes = warmup.Sum(f => new FileInfo(f).Length);
var warmupWatch = Stopwatch.StartNew();
new GraphPipeline(ExtractorFactory.Create(), 1).Run(warmup);
Console.WriteLine($"warm-up on 1 core (cold start, {warmupBytes / 1048576.0:F1} MB): {warmupBytes / 1048576.0 / warmupWatch.Elapsed.TotalSeconds:F1} MB/s");

foreach (var cores in new[] { 1, Environment.ProcessorCount })
{
    GC.Collect();
    var watch = Stopwatch.StartNew();
    var result = new GraphPipeline(ExtractorFactory.Create(), cores).Run(files);
    watch.Stop();
    Console.WriteLine($"extract+merge on {cores} core(s): {bytes / 1048576.0 / watch.Elapsed.TotalSeconds:F1} MB/s " +
                      $"({watch.Elapsed.TotalSeconds:F1} s; {result.Graph.Nodes.Count} nodes, {result.Graph.Edges.Count} edges)");
    if (cores != 1)
        continue;
    var outDir = Path.Combine(Path.GetTempPath(), "graphbuilder-bench-out");
    watch.Restart();
    foreach (var writer in GraphWriters.All)
        AtomicFile.Write(Path.Combine(outDir, writer.FileName), s => writer.Write(result.Graph, s));
    Console.WriteLine($"writing {GraphWriters.All.Count} formats: {watch.Elapsed.TotalSeconds:F2} s");
}
using var self = Process.GetCurrentProcess();
Console.WriteLine($"peak memory: {self.PeakWorkingSet64 / 1048576.0:F0} MB (peak working set of the whole run)");
Directory.Delete(corpus, recursive: true);
