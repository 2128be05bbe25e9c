namespace GraphBuilder.Tests.Evaluation;

/// <summary>
/// One probe of TestData/Probes/*.spec: an invented article body, the edges its graph must hold
/// ("source relation target", entity keys), the edges it must not hold and the relations it must give no edge of.
/// </summary>
public sealed record ProbeSpec(string Title, string Text, IReadOnlyList<string> Expected, IReadOnlyList<string> Absent)
{
    public IReadOnlyList<string> Wrong { get; init; } = [];

    public override string ToString() => Title;

    public static IReadOnlyList<ProbeSpec> Load(string file)
    {
        var probes = new List<ProbeSpec>();
        ProbeSpec? current = null;
        foreach (var line in File.ReadLines(file))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                if (current is not null)
                    probes.Add(current);
                current = new ProbeSpec(line[4..], "", [], []);
            }
            else if (current is not null && Field(line, "text") is { } text)
                current = current with { Text = text };
            else if (current is not null && Field(line, "expect") is { } edge)
                current = current with { Expected = [.. current.Expected, edge] };
            else if (current is not null && Field(line, "not") is { } wrong)
                current = current with { Wrong = [.. current.Wrong, wrong] };
            else if (current is not null && Field(line, "absent") is { } relation)
                current = current with { Absent = [.. current.Absent, relation] };
        }
        if (current is not null)
            probes.Add(current);
        return probes;
    }

    private static string? Field(string line, string name) =>
        line.StartsWith(name + ": ", StringComparison.Ordinal) ? line[(name.Length + 2)..].Trim() : null;
}
