using System.Collections.Concurrent;

namespace GraphBuilder.Export;

/// <summary>
/// The browser viewer's files, embedded in this assembly by viewer/viewer.targets (GraphBuilder.Viewer.&lt;file&gt;):
/// the page template, its script and style, and the npm library scripts pinned by viewer/package-lock.json.
/// </summary>
public static class ViewerAssets
{
    /// <summary>The library scripts in the order the page must load them (fcose needs cose-base, which needs layout-base).</summary>
    public static IReadOnlyList<string> LibraryScripts { get; } =
        ["cytoscape.min.js", "layout-base.js", "cose-base.js", "cytoscape-fcose.js"];

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The text of one file, with '\n' line endings (one npm package ships CRLF) so graph.html is the same everywhere.</summary>
    public static string Text(string file) => Cache.GetOrAdd(file, Load);

    private static string Load(string file)
    {
        var name = "GraphBuilder.Viewer." + file;
        using var stream = typeof(ViewerAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"viewer file '{name}' is not embedded; see viewer/viewer.targets");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
