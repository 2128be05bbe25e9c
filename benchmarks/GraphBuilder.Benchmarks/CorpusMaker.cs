using System.Text;
using System.Text.RegularExpressions;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// Makes a benchmark corpus of at least the requested size by repeating the given articles with
/// variations: paragraphs rotated, numbers and header dates shifted, so no two files are identical
/// and the extractor cannot profit from exact repeats.
/// </summary>
public static partial class CorpusMaker
{
    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    public static long Make(IReadOnlyList<string> sources, string folder, long targetBytes)
    {
        Directory.CreateDirectory(folder);
        var texts = sources.Select(File.ReadAllText).ToList();
        long total = 0;
        for (var i = 0; total < targetBytes; i++)
        {
            var text = Vary(texts[i % texts.Count], i / texts.Count);
            var bytes = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(Path.Combine(folder, $"{i:D6}.txt"), bytes);
            total += bytes.Length;
        }
        return total;
    }

    private static string Vary(string text, int round)
    {
        if (round == 0)
            return text;
        var paragraphs = text.Split("\n\n");
        var shift = round % Math.Max(1, paragraphs.Length - 1);
        var body = paragraphs.Skip(1 + shift).Concat(paragraphs.Skip(1).Take(shift));
        var rotated = string.Join("\n\n", paragraphs.Take(1).Concat(body));
        return Number().Replace(rotated, m => m.Value.Length == 4 ? m.Value : ((int.Parse(m.Value) + round) % 100).ToString());
    }
}
