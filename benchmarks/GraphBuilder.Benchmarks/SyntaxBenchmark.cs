using System.Diagnostics;
using GraphBuilder.Documents;
using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Entities;
using GraphBuilder.Extraction.Relations;
using GraphBuilder.Syntax;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// `-- syntax [MB=10]`: the embedded model's load time and memory, tagging+parsing speed on the UD test
/// sets (gold words, after a warm-up pass), and the build's throughput on one pass of a corpus with the
/// parse stage on and off (no build for MB=0: a quick run to profile the parser), each with its CPU time.
/// Run it on one core: `taskset -c 0 dotnet run -c Release --project ... -- syntax`.
/// </summary>
public static class SyntaxBenchmark
{
    public static void Run(int megabytes, IReadOnlyList<string> sources)
    {
        var before = Environment.WorkingSet;
        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var cpu = CpuSeconds();
        var watch = Stopwatch.StartNew();
        var model = SyntaxModels.BuiltIn;
        Console.WriteLine($"model load: {watch.Elapsed.TotalMilliseconds:F0} ms ({CpuSeconds() - cpu:F2} CPU s); managed heap +{(GC.GetTotalMemory(true) - managedBefore) / 1048576.0:F0} MB, " +
                          $"working set +{(Environment.WorkingSet - before) / 1048576.0:F0} MB");
        var sentences = new[] { "en_ewt-ud-test.conllu", "en_gum-ccby-test.conllu" }
            .Select(f => Path.Combine("..", "shared", "data", "ud", f)).Where(File.Exists)
            .SelectMany(ConllU.ReadFile).Select(s => (IReadOnlyList<string>)s.Words.Select(w => w.Form).ToList()).ToList();
        if (sentences.Count > 0)
            TagAndParse(model, sentences);
        if (megabytes > 0)
            EndToEnd(megabytes, sources);
    }

    private static void TagAndParse(SyntaxModel model, List<IReadOnlyList<string>> sentences)
    {
        var tokens = sentences.Sum(s => s.Count);
        foreach (var s in sentences)
            model.Analyse(s);
        var cpu = CpuSeconds();
        var watch = Stopwatch.StartNew();
        const int passes = 3;
        for (var pass = 0; pass < passes; pass++)
            foreach (var s in sentences)
                model.Analyse(s);
        var seconds = watch.Elapsed.TotalSeconds;
        cpu = CpuSeconds() - cpu;
        Console.WriteLine($"tag+lemmatise+parse: {passes * tokens / seconds:F0} tokens/s ({passes} x {tokens} tokens in {seconds:F1} s, after a warm-up pass); " +
                          $"{passes * tokens / cpu:F0} tokens per CPU second ({cpu:F2} CPU s)");
    }

    /// <summary>CPU time of the process (user and system): on a shared machine it varies far less than the wall clock.</summary>
    private static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static void EndToEnd(int megabytes, IReadOnlyList<string> sources)
    {
        var corpus = Path.Combine(Path.GetTempPath(), "graphbuilder-syntax-bench-corpus");
        if (Directory.Exists(corpus))
            Directory.Delete(corpus, recursive: true);
        var bytes = CorpusMaker.Make(sources, corpus, megabytes * 1024L * 1024L);
        var files = InputFiles.Resolve([corpus]);
        foreach (var parsed in new[] { false, true, false, true })
        {
            var extractor = new ArticleExtractor(new EntityExtractor(parsed ? UdSentenceParser.Shared : null), new RelationExtractor());
            GC.Collect();
            var cpu = CpuSeconds();
            var watch = Stopwatch.StartNew();
            new GraphPipeline(extractor, 1).Run(files);
            Console.WriteLine($"build on 1 core, {(parsed ? "with" : "without")} parses: {bytes / 1048576.0 / watch.Elapsed.TotalSeconds:F2} MB/s " +
                              $"({bytes / 1048576.0:F1} MB in {watch.Elapsed.TotalSeconds:F1} s, {CpuSeconds() - cpu:F2} CPU s)");
        }
        Directory.Delete(corpus, recursive: true);
    }
}
