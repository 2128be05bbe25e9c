using System.Reflection;

namespace GraphBuilder.Extraction;

/// <summary>
/// Reads the embedded lexicon files (Lexicons/*.txt): one entry a line, '#' starts a comment line,
/// "A|B|C" lines list the forms of one entry with the canonical form first.
/// </summary>
public static class Lexicon
{
    private static readonly Assembly Assembly = typeof(Lexicon).Assembly;

    /// <summary>The non-empty, non-comment lines of a lexicon, trimmed.</summary>
    public static IReadOnlyList<string> Lines(string name)
    {
        using var stream = Assembly.GetManifestResourceStream($"GraphBuilder.Lexicons.{name}.txt")
            ?? throw new InvalidOperationException($"lexicon '{name}' is not embedded");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
                lines.Add(trimmed);
        }
        return lines;
    }

    /// <summary>The entries of a "canonical|form|form" lexicon: every form (canonical included) maps to the canonical.</summary>
    public static IReadOnlyDictionary<string, string> Forms(string name)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lines(name))
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var form in parts)
                forms.TryAdd(form, parts[0]);
        }
        return forms;
    }

    /// <summary>The entries of a "kind:value" lexicon, grouped by kind.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Kinds(string name) =>
        Lines(name).Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0], p => p[1].Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.ToList(), StringComparer.Ordinal);

    public static IReadOnlySet<string> Set(string name, StringComparer? comparer = null) =>
        new HashSet<string>(Lines(name), comparer ?? StringComparer.Ordinal);
}
