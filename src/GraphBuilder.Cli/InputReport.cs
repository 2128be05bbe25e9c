using GraphBuilder.Documents;

namespace GraphBuilder.Cli;

/// <summary>The stderr lines of `build` about its inputs: files skipped with the reason, and warnings.</summary>
public static class InputReport
{
    public static InputSet Enumerate(string[] inputs, long maxFileBytes, TextWriter stderr)
    {
        var input = InputFiles.Enumerate(inputs, maxFileBytes);
        foreach (var skipped in input.Skipped)
            Skipped(stderr, skipped with { Path = Display(skipped.Path) });
        foreach (var twice in input.Duplicates)
            stderr.WriteLine($"graphbuilder: warning: {Display(twice.Path)} is given twice{Also(twice)}; it is read once");
        return input;
    }

    public static void Skipped(TextWriter stderr, SkippedDocument skip) =>
        stderr.WriteLine($"graphbuilder: skipped {skip.Path}: {skip.Reason}");

    /// <summary>.NET's I/O messages put a space before the colon ("Is a directory : '/x'").</summary>
    public static string Clean(string message) => message.Replace(" : '", ": '", StringComparison.Ordinal);

    private static string Also(DuplicateInput twice) => twice.Path == twice.First ? "" : $" (also as {Display(twice.First)})";

    /// <summary>Paths are shown as the user gave them (relative stays relative), with '/'.</summary>
    private static string Display(string path) => path.Replace('\\', '/');
}
