namespace GraphBuilder.Tests;

/// <summary>Locates the checkout (the folder holding GraphBuilder.sln) and the shared folder beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Output => Path.Combine(Root, "output");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GraphBuilder.sln")))
                return dir.FullName;
        throw new InvalidOperationException("GraphBuilder.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
