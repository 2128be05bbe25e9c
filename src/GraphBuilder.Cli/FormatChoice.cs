using GraphBuilder.Export;

namespace GraphBuilder.Cli;

/// <summary>
/// The --format values: each occurrence may hold a comma-separated list, repeated options add up
/// (`-f dot -f json` = `-f dot,json`), and an unknown name is reported with the closest known one.
/// </summary>
public static class FormatChoice
{
    public static IReadOnlyList<IGraphWriter> Parse(IEnumerable<string> values, out string? problem)
    {
        var names = values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var unknown = names.Where(n => GraphWriters.Find(n) is null).ToList();
        problem = unknown.Count > 0
            ? $"unknown format '{unknown[0]}'.{DidYouMean.Hint(unknown[0], GraphWriters.Names)} Formats: {string.Join(", ", GraphWriters.Names)}"
            : names.Count == 0 ? $"no format given. Formats: {string.Join(", ", GraphWriters.Names)}" : null;
        return problem is null ? names.Select(GraphWriters.Find).OfType<IGraphWriter>().Distinct().ToList() : [];
    }
}
