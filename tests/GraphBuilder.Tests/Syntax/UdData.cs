namespace GraphBuilder.Tests.Syntax;

/// <summary>The UD treebank files in ../shared/data/ud beside the checkout.</summary>
public static class UdData
{
    public static string File(string name)
    {
        var path = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "data", "ud", name));
        if (!System.IO.File.Exists(path))
            Assert.Ignore($"{path} is missing (the UD treebanks live in ../shared/data/ud)");
        return path;
    }
}
