using System.Text.RegularExpressions;

namespace GraphBuilder.Tests.Robustness;

/// <summary>
/// The documents of the generated-text robustness run: official-style documents from OfficialText, damaged
/// copies of them, and recombined and damaged sentences of the seed and dev articles (read from the repo
/// and ../shared at test time, never copied). Seeded: the same run always gives the same documents.
/// </summary>
public static class GeneratedCorpus
{
    public static IEnumerable<(string Name, string Text)> Documents(int generated, int mutated, int recombined)
    {
        for (var i = 0; i < generated; i++)
            yield return ($"generated-{i}", new OfficialText(i).Document(2 + i % 12));
        for (var i = 0; i < mutated; i++)
        {
            var text = new OfficialText(100_000 + i);
            yield return ($"mutated-{i}", text.Mutate(text.Document(2 + i % 8)));
        }
        var pool = ArticleSentences();
        for (var i = 0; i < recombined && pool.Count > 0; i++)
        {
            var text = new OfficialText(200_000 + i);
            var sentences = Enumerable.Range(0, 2 + i % 9).Select(_ => text.Pick(pool)).Select(s => text.Next(2) == 0 ? text.Mutate(s) : s);
            yield return ($"recombined-{i}", " date 2024-05-09\n" + string.Join(i % 3 == 0 ? "\n" : " ", sentences) + "\n");
        }
    }

    private static List<string> ArticleSentences()
    {
        var folders = new[] { RepoPaths.Seeds, Path.Combine(RepoPaths.Root, "..", "shared", "eval", "dev", "articles") };
        return folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.txt").Order(StringComparer.Ordinal))
            .SelectMany(f => Regex.Split(File.ReadAllText(f), @"(?<=[.!?])\s+|\n+", RegexOptions.None, TimeSpan.FromSeconds(1)))
            .Where(s => s.Length > 20)
            .ToList();
    }
}
