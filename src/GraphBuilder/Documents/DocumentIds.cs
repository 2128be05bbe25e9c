namespace GraphBuilder.Documents;

/// <summary>
/// Document ids: the file name without extension, as before, when no other input has the same one (so the
/// seeds' ids never change); when several do ("d1/report.txt", "d2/report.txt"), each gets the shortest
/// tail of its path that tells them apart ("d1/report", "d2/report"). One id per document is what keeps
/// every evidence offset pointing into its own text.
/// </summary>
public static class DocumentIds
{
    public static IReadOnlyDictionary<string, string> Assign(IReadOnlyList<string> files)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in files.Distinct(StringComparer.Ordinal).GroupBy(Path.GetFileNameWithoutExtension, StringComparer.Ordinal))
        {
            var paths = group.ToList();
            if (paths.Count == 1)
                ids[paths[0]] = group.Key!;
            else
                foreach (var (path, id) in Distinguish(paths))
                    ids[path] = id;
        }
        return ids;
    }

    private static IEnumerable<(string Path, string Id)> Distinguish(List<string> paths)
    {
        var parts = paths.Select(p => Path.ChangeExtension(Path.GetFullPath(p), null)
            .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)).ToList();
        var longest = parts.Max(p => p.Length);
        for (var tail = 2; tail <= longest; tail++)
        {
            var ids = parts.Select(p => string.Join('/', p.TakeLast(tail))).ToList();
            if (ids.Distinct(StringComparer.Ordinal).Count() == ids.Count)
                return paths.Zip(ids);
        }
        // Same folder and stem, other extension ("report.txt", "report.md"): the whole path tells them apart.
        return paths.Zip(paths.Select(p => Path.GetFullPath(p).Replace(Path.DirectorySeparatorChar, '/')));
    }
}
