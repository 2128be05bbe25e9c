namespace GraphBuilder.Documents;

/// <summary>
/// Turns the command line's INPUT arguments (files and folders) into the ordered list of article files:
/// a folder contributes its *.txt files, recursively; an explicit file is taken whatever its name.
/// The order is ordinal by path, so builds are deterministic.
/// </summary>
public static class InputFiles
{
    public static IReadOnlyList<string> Resolve(IEnumerable<string> inputs)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (File.Exists(input))
                files.Add(Path.GetFullPath(input));
            else if (Directory.Exists(input))
                files.UnionWith(Directory.EnumerateFiles(input, "*.txt", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Select(Path.GetFullPath));
            else
                throw new FileNotFoundException($"input not found: {input}", input);
        }
        return files.ToList();
    }
}
