namespace GraphBuilder.Documents;

/// <summary>
/// A path with every symbolic link in it resolved (what realpath(3) gives): the identity of a folder or
/// file however it was reached, which is what makes a folder walk end on link loops.
/// </summary>
internal static class RealPath
{
    /// <summary>Linux gives up after 40 links in one path (ELOOP); so do we, keeping the path as it is.</summary>
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var target = LinkTarget(next);
            if (target is null || ++links > MaxLinks)
            {
                current = next;
                continue;
            }
            current = Resolve(Path.GetFullPath(target, current), ref links);
        }
        return current;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
