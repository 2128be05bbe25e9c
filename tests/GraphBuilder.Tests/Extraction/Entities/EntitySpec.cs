namespace GraphBuilder.Tests.Extraction.Entities;

/// <summary>
/// One case of an entity spec file: "### name" opens it, "text:" lines make the input (one line each,
/// "doc: id" starts another document), every other "key: value" line is an expectation.
/// </summary>
public sealed record EntitySpec(string File, string Name, IReadOnlyList<(string Id, string Text)> Documents, IReadOnlyList<(string Key, string Value)> Expect)
{
    public string Text => Documents[0].Text;

    public IEnumerable<string> Values(string key) => Expect.Where(e => e.Key == key).Select(e => e.Value);

    public override string ToString() => $"{File}: {Name}";

    public static IEnumerable<TestCaseData> Cases(string file) =>
        Parse(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Entities", file))
            .Select(s => new TestCaseData(s).SetName($"{Path.GetFileNameWithoutExtension(file)}: {s.Name}"));

    public static IReadOnlyList<EntitySpec> Parse(string path)
    {
        var specs = new List<EntitySpec>();
        string? name = null;
        var docs = new List<(string Id, List<string> Lines)>();
        var expect = new List<(string, string)>();
        void Flush()
        {
            if (name is not null)
                specs.Add(new EntitySpec(Path.GetFileName(path), name, docs.Select(d => (d.Id, string.Join('\n', d.Lines) + "\n")).ToList(), expect.ToList()));
            docs.Clear();
            expect.Clear();
        }
        foreach (var line in System.IO.File.ReadLines(path))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                Flush();
                name = line[4..].Trim();
                continue;
            }
            var colon = line.IndexOf(':');
            if (line.StartsWith('#') || colon < 0)
                continue;
            var (key, value) = (line[..colon].Trim(), line[(colon + 1)..].Trim());
            if (key == "doc")
                docs.Add((value, new List<string>()));
            else if (key == "text")
            {
                if (docs.Count == 0)
                    docs.Add(("doc", new List<string>()));
                docs[^1].Lines.Add(line[(colon + 1)..].TrimStart(' ').TrimEnd());
            }
            else
                expect.Add((key, value));
        }
        Flush();
        return specs;
    }
}
