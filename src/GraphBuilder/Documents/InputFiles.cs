namespace GraphBuilder.Documents;

/// <summary>
/// Turns the command line's INPUT arguments (files and folders) into the ordered list of article files:
/// a folder contributes its *.txt files, recursively; an explicit file is taken whatever its name.
/// The order is ordinal by full path, so builds are deterministic. Paths come back as the user gave them
/// (a relative folder gives relative paths, an absolute one absolute paths), so documents are recorded that way.
/// </summary>
public static class InputFiles
{
    public static IReadOnlyList<string> Resolve(IEnumerable<string> inputs)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (File.Exists(input))
                files.TryAdd(Path.GetFullPath(input), input);
            else if (Directory.Exists(input))
                foreach (var file in Directory.EnumerateFiles(input, "*.txt", SearchOption.AllDirectories)
                             .Where(f => !Path.GetFileName(f).StartsWith('.')))
                    files.TryAdd(Path.GetFullPath(file), file);
            else
                throw new FileNotFoundException($"input not found: {input}", input);
        }
        return files.Values.ToList();
    }
}
