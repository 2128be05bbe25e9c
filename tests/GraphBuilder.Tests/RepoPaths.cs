using System.Runtime.CompilerServices;

namespace GraphBuilder.Tests;

/// <summary>Locates the checkout (the folder holding GraphBuilder.sln) and the shared folder beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Output => Path.Combine(Root, "output");

    // Builds with --artifacts-path put the test binaries outside the checkout, so this source file's
    // compile-time location is the fallback.
    private static string FindRoot([CallerFilePath] string sourceFile = "") =>
        Above(TestContext.CurrentContext.TestDirectory) ?? Above(Path.GetDirectoryName(sourceFile)!)
        ?? throw new InvalidOperationException("GraphBuilder.sln not found above " + TestContext.CurrentContext.TestDirectory);

    private static string? Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GraphBuilder.sln")))
                return dir.FullName;
        return null;
    }
}
