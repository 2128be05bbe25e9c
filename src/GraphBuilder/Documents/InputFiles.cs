namespace GraphBuilder.Documents;

/// <summary>The article files to read, the inputs skipped (with the reason) and the warnings, in path order.</summary>
public sealed record InputSet(IReadOnlyList<string> Files, IReadOnlyList<SkippedDocument> Skipped, IReadOnlyList<DuplicateInput> Duplicates);

/// <summary>A file reached a second time (Path), already taken as First; it is read once.</summary>
public sealed record DuplicateInput(string Path, string First);

/// <summary>
/// Turns the command line's INPUT arguments (files and folders) into the ordered list of article files:
/// a folder contributes its *.txt files, recursively; an explicit file is taken whatever its name.
/// The order is ordinal by path, so builds are deterministic. Paths come back as the user gave them (a
/// relative folder gives relative paths, an absolute one absolute paths), so documents are recorded that way. The walk cannot loop or block: every folder
/// is entered once by its real path (a symlinked folder is followed once, a link loop ends), only regular
/// files are taken (a FIFO would block the read, /dev/zero never ends), an unreadable folder and a file over
/// the size limit are skipped with the reason, and a file given twice is read once, with a warning.
/// </summary>
public static class InputFiles
{
    /// <summary>
    /// 10 MB: two thousand times the longest seed, dev or real article (under 5 KB); extraction runs at about
    /// 5 MB/s on an idle machine, so a file at the limit fits the default document budget with room to spare.
    /// </summary>
    public const long DefaultMaxFileBytes = 10L * 1024 * 1024;

    public static IReadOnlyList<string> Resolve(IEnumerable<string> inputs) => Enumerate(inputs).Files;

    /// <summary>Throws FileNotFoundException for an input that does not exist.</summary>
    public static InputSet Enumerate(IEnumerable<string> inputs, long maxFileBytes = DefaultMaxFileBytes)
    {
        var walk = new InputWalk(maxFileBytes);
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
                walk.Folder(input);
            else if (File.Exists(input))
                walk.File(input, explicitly: true);
            else
                throw new FileNotFoundException($"input not found: {input}", input);
        }
        return walk.Result();
    }
}
