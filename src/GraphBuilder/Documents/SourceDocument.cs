namespace GraphBuilder.Documents;

/// <summary>
/// One article as read from disk. Text is the whole decoded file (BOM excluded), so evidence offsets
/// index it directly; the article itself starts at BodyStart, after the optional " date YYYY-MM-DD" header.
/// </summary>
public sealed record SourceDocument(string Id, string Path, string Text, int BodyStart, DateOnly? Date)
{
    /// <summary>What the loader could not use and dropped, for a warning naming the file (a malformed date header).</summary>
    public string? HeaderWarning { get; init; }

    public string IsoDate => Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}

/// <summary>A file that could not be read as an article; Reason is meant for a person.</summary>
public sealed class DocumentLoadException(string path, string reason, Exception? inner = null)
    : Exception($"{path}: {reason}", inner)
{
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}
