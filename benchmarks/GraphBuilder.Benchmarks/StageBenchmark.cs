using System.Diagnostics;
using GraphBuilder.Documents;
using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Entities;
using GraphBuilder.Extraction.Relations;
using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// `-- stages [MB=2] [parse]`: where the time of the build goes, stage by stage, on one thread. The corpus is
/// built as for `-- syntax`; a first pass warms the runtime, the next passes are timed: loading, the entity
/// stage (cleaning, sentences, mentions, coreference, and the parses when asked), the relation stage, the
/// event dates and the merge, each with its share of the timed (wall) time, the bytes it allocated and its CPU
/// time on the benchmark's thread (ThreadCpu: steadier than wall time on a busy machine). It also counts the
/// sentences and tokens the syntax stage would send to the parser. Run it pinned: `taskset -c 0 ...`.
/// </summary>
public static class StageBenchmark
{
    private sealed class Totals
    {
        public readonly Dictionary<string, (double Seconds, long Bytes)> Stages = new();

        /// <summary>Each stage's CPU time on this thread (see ThreadCpu): on a busy machine its wall time is mostly waiting.</summary>
        public readonly Dictionary<string, double> Cpu = new();

        public T Time<T>(string stage, Func<T> work)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadCpu.Seconds();
            var start = Stopwatch.GetTimestamp();
            var result = work();
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            Stages.TryGetValue(stage, out var sum);
            Stages[stage] = (sum.Seconds + seconds, sum.Bytes + GC.GetAllocatedBytesForCurrentThread() - bytes);
            Cpu[stage] = Cpu.GetValueOrDefault(stage) + ThreadCpu.Seconds() - cpu;
            return result;
        }
    }

    public static void Run(int megabytes, bool parsed, IReadOnlyList<string> sources)
    {
        var corpus = Path.Combine(Path.GetTempPath(), "graphbuilder-stage-bench-corpus");
        if (Directory.Exists(corpus))
            Directory.Delete(corpus, recursive: true);
        var bytes = CorpusMaker.Make(sources, corpus, megabytes * 1024L * 1024L);
        var files = InputFiles.Resolve([corpus]);
        var ids = DocumentIds.Assign(files);
        Pass(files, ids, parsed);
        for (var pass = 0; pass < 3; pass++)
            Report(Pass(files, ids, parsed), bytes);
        Directory.Delete(corpus, recursive: true);
    }

    private static Totals Pass(IReadOnlyList<string> files, IReadOnlyDictionary<string, string> ids, bool parsed)
    {
        var totals = new Totals();
        var entities = new EntityExtractor(parsed ? UdSentenceParser.Shared : null);
        var relations = new RelationExtractor();
        var merger = new GraphMerger(new MultiGraph("bench"));
        GC.Collect();
        var collections = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var file in files)
        {
            var document = totals.Time("load", () => DocumentLoader.Load(file) with { Id = ids[file], Path = file });
            var analysis = totals.Time("entities" + (parsed ? "+parses" : ""), () => entities.Analyse(document));
            var found = totals.Time("relations", () => relations.Extract(analysis, document));
            var extraction = totals.Time("events+dates", () => new ArticleExtractor(new Fixed(analysis), new Fixed(found)).Extract(document));
            totals.Time("merge", () => { merger.Merge(extraction); return 0; });
            Count(totals, analysis);
        }
        totals.Time("snapshot", () => merger.Graph.ToSnapshot());
        totals.Stages["(cpu)"] = ((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, GC.CollectionCount(0) - collections);
        totals.Stages["(gc pauses)"] = ((GC.GetTotalPauseDuration() - paused).TotalSeconds, 0);
        return totals;
    }

    private static void Count(Totals totals, EntityAnalysis analysis)
    {
        foreach (var s in analysis.Sentences)
            if (SyntaxStage.NeedsParse(s))
            {
                var (n, t) = totals.Stages.GetValueOrDefault("(parser input: sentences, characters)");
                totals.Stages["(parser input: sentences, characters)"] = (n + 1, t + s.Sentence.Text.Length);
            }
    }

    private static void Report(Totals totals, long bytes)
    {
        var (cpu, collections) = totals.Stages["(cpu)"];
        var timed = totals.Stages.Where(p => !p.Key.StartsWith('(')).Sum(p => p.Value.Seconds);
        var paused = totals.Stages["(gc pauses)"].Seconds;
        Console.WriteLine($"pass: {bytes / 1048576.0 / cpu:F2} MB/s of CPU ({cpu:F2} s CPU, {timed:F2} s timed, {collections} gen-0 collections, {paused:F2} s paused for them)");
        foreach (var (stage, (seconds, allocated)) in totals.Stages.Where(p => !p.Key.StartsWith('(')))
            Console.WriteLine($"  {stage,-18} {seconds,6:F3} s {100 * seconds / timed,5:F1}%  {allocated / 1048576.0,7:F1} MB allocated  {totals.Cpu.GetValueOrDefault(stage),6:F3} s thread CPU");
        var (sentences, characters) = totals.Stages["(parser input: sentences, characters)"];
        Console.WriteLine($"  parser input: {sentences:F0} sentences, {characters:F0} characters");
    }

    /// <summary>Hands a stage's result, already computed and timed, to ArticleExtractor, so only its own work is timed.</summary>
    private sealed class Fixed(object result) : IEntityExtractor, IRelationExtractor
    {
        public EntityAnalysis Analyse(SourceDocument document) => (EntityAnalysis)result;

        public IReadOnlyList<ExtractedRelation> Extract(EntityAnalysis analysis, SourceDocument document) => (IReadOnlyList<ExtractedRelation>)result;
    }
}
