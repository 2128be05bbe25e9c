namespace GraphBuilder.Cli;

/// <summary>
/// Checks --out before any article is read, so a long build does not fail at the end for a typo'd folder: the
/// path must be a folder, or a folder that can be created (its nearest existing parent is a folder we may write
/// in). Nothing is created here; a probe folder is made in that parent and removed at once.
/// </summary>
public static class OutputFolder
{
    /// <summary>The user-facing problem with the path, or null when the graph files can be written there.</summary>
    public static string? Problem(string path)
    {
        if (File.Exists(path))
            return $"--out must be a folder, but '{path}' is a file";
        if (Directory.Exists(path))
            return null;
        var parent = Path.GetDirectoryName(Path.GetFullPath(path));
        while (parent is not null && !Directory.Exists(parent))
        {
            if (File.Exists(parent))
                return $"cannot create the --out folder '{path}': '{parent}' is a file";
            parent = Path.GetDirectoryName(parent);
        }
        return parent is null ? $"cannot create the --out folder '{path}'" : ProbeProblem(path, parent);
    }

    private static string? ProbeProblem(string path, string parent)
    {
        var probe = Path.Combine(parent, $".graphbuilder-probe-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(probe);
            Directory.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot create the --out folder '{path}': no new folder can be made in '{parent}'";
        }
    }
}
