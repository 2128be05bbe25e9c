namespace GraphBuilder.Documents;

/// <summary>
/// The state of one enumeration (see InputFiles): the real paths of the folders entered and of the files
/// taken, so a folder reached twice (a link loop, a linked folder given again) is walked once and a file
/// reached twice is read once.
/// </summary>
internal sealed class InputWalk(long maxFileBytes)
{
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);
    private readonly List<string> _files = [];
    private readonly List<SkippedDocument> _skipped = [];
    private readonly List<DuplicateInput> _duplicates = [];

    public void Folder(string path)
    {
        if (_folders.Contains(RealPath.Of(path)))
            _duplicates.Add(new DuplicateInput(path, path));
        var folders = new Stack<string>([path]);
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            var real = RealPath.Of(folder);
            if (!_folders.Add(real))
                continue;
            try
            {
                foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
                {
                    if (entry is DirectoryInfo)
                        folders.Push(Path.Combine(folder, entry.Name));
                    else if (entry.Name.EndsWith(".txt", StringComparison.Ordinal) && !entry.Name.StartsWith('.'))
                        File(Path.Combine(folder, entry.Name), explicitly: false, entry.LinkTarget is null ? Path.Combine(real, entry.Name) : null);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _skipped.Add(new SkippedDocument(folder, $"folder cannot be read ({e.Message})"));
            }
        }
    }

    /// <summary>Real is the file's real path when the caller knows it (a plain entry of a walked folder).</summary>
    public void File(string path, bool explicitly, string? real = null)
    {
        real ??= RealPath.Of(path);
        if (_seen.TryGetValue(real, out var first))
        {
            if (explicitly || first != path)
                _duplicates.Add(new DuplicateInput(path, first));
            return;
        }
        _seen[real] = path;
        if (FileKind.Irregular(path) is { } kind)
            _skipped.Add(new SkippedDocument(path, $"is {kind}, not a regular file"));
        else if (new FileInfo(path) is { Exists: true } info && info.Length > maxFileBytes)
            _skipped.Add(new SkippedDocument(path, $"is {Megabytes(info.Length)}, over the limit of {Megabytes(maxFileBytes)} per file (--max-file-size)"));
        else
            _files.Add(path);
    }

    public InputSet Result() => new(
        _files.Order(StringComparer.Ordinal).ToList(),
        _skipped.OrderBy(s => s.Path, StringComparer.Ordinal).ToList(),
        _duplicates);

    private static string Megabytes(long bytes) => $"{bytes / 1048576.0:0.#} MB";
}
