namespace GraphBuilder.Extraction.Relations.Frames;

internal static class Designations
{
    /// <summary>"Specially Designated Global Terrorist entity" -> "Specially Designated Global Terrorist"; plurals to singular.</summary>
    public static string Normalise(string designation)
    {
        var words = designation.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[^1] is "entity" or "entities")
            words.RemoveAt(words.Count - 1);
        if (words.Count > 0 && words[^1].EndsWith('s') && !words[^1].EndsWith("ss", StringComparison.Ordinal))
            words[^1] = words[^1].EndsWith("ies", StringComparison.Ordinal) ? words[^1][..^3] + "y" : words[^1][..^1];
        return string.Join(' ', words);
    }
}
