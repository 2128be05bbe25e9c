using System.Diagnostics;
using System.Text;
using GraphBuilder.Cli;
using GraphBuilder.Documents;
using GraphBuilder.Extraction;
using GraphBuilder.Tests.Robustness;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// `growth`: how one document's extraction time and memory grow with sentence length (50-5,000 words), list
/// length (2-80 titled names), document length (16 KB-1 MB) and distinct names per document (500-16,000).
/// Prints one line per point: characters, milliseconds, microseconds per character, allocated MB and the
/// peak managed heap above the start (sampled every millisecond). Linear growth shows as a flat µs/char.
/// </summary>
public static class Growth
{
    /// <summary>Runs every series, or only those named (sentence, list, document, names).</summary>
    public static void Run(IReadOnlyCollection<string> only)
    {
        bool Wanted(string series) => only.Count == 0 || only.Contains(series);
        var extractor = ExtractorFactory.Create();
        Measure(extractor, "warm-up", 0, Document(new OfficialText(1), 64 * 1024), print: false);
        Console.WriteLine("series        size  chars      ms   µs/char  alloc MB  peak MB  relations");
        foreach (var words in Wanted("sentence") ? [50, 100, 200, 500, 1000, 2000, 5000] : Array.Empty<int>())
            Measure(extractor, "sentence", words, LongSentence(new OfficialText(words), words));
        foreach (var names in Wanted("list") ? [2, 5, 10, 20, 40, 80] : Array.Empty<int>())
            Measure(extractor, "list", names, $"The {new OfficialText(names).Event()} was co-chaired by {new OfficialText(names).List(names, new OfficialText(names + 7).Titled)}.");
        foreach (var kb in Wanted("document") ? [16, 64, 256, 512, 1024] : Array.Empty<int>())
            Measure(extractor, "document", kb, Document(new OfficialText(kb), kb * 1024));
        foreach (var names in Wanted("names") ? [500, 1000, 2000, 4000, 8000, 16000, 4000, 8000, 16000] : Array.Empty<int>())
            Measure(extractor, "names", names, DistinctNames(names));
    }

    private static void Measure(IDocumentExtractor extractor, string series, int size, string text, bool print = true)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        using var sampler = new PeakSampler();
        var watch = Stopwatch.StartNew();
        var extraction = extractor.Extract(DocumentLoader.Parse(series, series + ".txt", text));
        watch.Stop();
        var peak = sampler.Stop() - baseline;
        if (print)
            Console.WriteLine($"{series,-9} {size,8} {text.Length,7} {watch.Elapsed.TotalMilliseconds,8:F0} {watch.Elapsed.TotalMilliseconds * 1000 / text.Length,8:F2} " +
                              $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1048576.0,9:F1} {peak / 1048576.0,8:F1} {extraction.Relations.Count,10}");
    }

    /// <summary>One sentence of about `words` words: a subject, then titled names and topics joined by commas and "and", no full stop until the end.</summary>
    private static string LongSentence(OfficialText text, int words)
    {
        var sentence = new StringBuilder($"{text.Titled()} held talks with {text.Titled()}");
        while (sentence.ToString().Split(' ').Length < words)
            sentence.Append(text.Next(3) == 0 ? $" and reviewed {text.List(3, text.Event)}" : $", {text.Titled()}");
        return sentence.Append('.').ToString();
    }

    private static string Document(OfficialText text, int bytes)
    {
        var document = new StringBuilder(" date 2024-05-09\n");
        while (document.Length < bytes)
            document.Append(text.Sentence()).Append(text.Next(4) == 0 ? "\n\n" : " ");
        return document.ToString();
    }

    /// <summary>`count` sentences each naming a person no other sentence names ("Kavo Rumelt").</summary>
    private static string DistinctNames(int count)
    {
        string[] syllables = ["ka", "vo", "ru", "mel", "ta", "sin", "do", "ra", "pe", "lun", "zi", "mor", "ne", "quo", "bai", "tev"];
        string Name(int n, int length) => string.Concat(Enumerable.Range(0, length).Select(k => syllables[(n >> (4 * k)) % 16]));
        string Title(string s) => char.ToUpperInvariant(s[0]) + s[1..];
        var sentences = Enumerable.Range(0, count).Select(i => $"Mara Quint met {Title(Name(i, 2))} {Title(Name(i >> 8, 3) + "t")} in Lima.");
        return " date 2024-05-09\n" + string.Join(" ", sentences) + "\n";
    }

    /// <summary>Samples the managed heap size on a background thread; Stop returns the largest value seen.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _stop;
        private long _peak;

        public PeakSampler()
        {
            _thread = new Thread(() =>
            {
                while (!_stop)
                {
                    _peak = Math.Max(_peak, GC.GetTotalMemory(false));
                    Thread.Sleep(1);
                }
            }) { IsBackground = true };
            _thread.Start();
        }

        public long Stop()
        {
            _stop = true;
            _thread.Join();
            return Math.Max(_peak, GC.GetTotalMemory(false));
        }

        public void Dispose() => Stop();
    }
}
