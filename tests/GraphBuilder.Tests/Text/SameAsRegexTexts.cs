namespace GraphBuilder.Tests.Text;

/// <summary>
/// Texts on which a hand-written scanner is compared with the regex it replaces: invented sentences with the
/// edge cases of each, and every line of the seed, dev and real articles (read in place from ../shared when it
/// is there; the real ones are never copied into the repository).
/// </summary>
internal static class SameAsRegexTexts
{
    public static IEnumerable<string> ArticleLines()
    {
        var folders = new[]
        {
            RepoPaths.Seeds,
            Path.Combine(RepoPaths.Root, "..", "shared", "eval", "dev", "articles"),
            Path.Combine(RepoPaths.Root, "..", "shared", "eval", "real", "articles"),
        };
        return folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0);
    }
}
