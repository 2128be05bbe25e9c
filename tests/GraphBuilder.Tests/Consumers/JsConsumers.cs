namespace GraphBuilder.Tests.Consumers;

/// <summary>
/// The JavaScript consumers (graphology, graphology-gexf, graphology-graphml, cytoscape), pinned by
/// tests/consumers-js/package-lock.json. A fresh checkout has no node_modules, so the first test that needs
/// them runs `npm ci` there once, as the viewer's build step does for its own packages.
/// </summary>
public static class JsConsumers
{
    private static readonly Lazy<string?> Install = new(NpmCi);

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "consumers-js");

    public static string Script => Path.Combine(Folder, "check_graph.js");

    /// <summary>Installs the packages when missing or older than the lock file; skips (or fails under CI) without npm.</summary>
    public static void EnsureInstalled()
    {
        if (Install.Value is { } failure)
            ExternalProgram.Missing(failure);
    }

    private static string? NpmCi()
    {
        var installed = Path.Combine(Folder, "node_modules", ".package-lock.json");
        if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(Path.Combine(Folder, "package-lock.json")))
            return null;
        var run = ExternalProgram.Run("npm", "ci", "--prefix", Folder, "--no-audit", "--no-fund", "--loglevel=error");
        return run.ExitCode == 0 ? null : $"npm ci in {Folder} failed ({run.ExitCode}): {run.Stderr}";
    }
}
