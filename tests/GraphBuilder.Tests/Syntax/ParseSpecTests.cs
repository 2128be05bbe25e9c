using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Syntax;

/// <summary>The committed model on TestData/Syntax/arcs.spec: every listed arc must be in the parse.</summary>
public class ParseSpecTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "Syntax", "arcs.spec"))
            .Split("### ", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(block => block.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(lines => new TestCaseData(lines.Single(l => l.StartsWith("text: ", StringComparison.Ordinal))[6..],
                    lines.Where(l => l.StartsWith("arc: ", StringComparison.Ordinal)).Select(l => l[5..]).ToArray())
                .SetName(lines[0]));

    [TestCaseSource(nameof(Cases))]
    public void ParseHasTheArcs(string text, string[] arcs)
    {
        var parse = UdSentenceParser.Shared.Parse(text, 0, text.Length);
        var found = parse.Words.Where(w => w.Head > 0).Select(w => $"{Name(parse, parse.Words[w.Head - 1])} -{w.Relation}-> {Name(parse, w)}").ToList();
        Assert.That(found, Is.SupersetOf(arcs), string.Join("\n", found));
    }

    private static string Name(SentenceParse parse, SyntaxWord word)
    {
        var occurrence = parse.Words.Take(word.Id).Count(w => w.Form == word.Form);
        return occurrence == 1 ? word.Form : $"{word.Form}#{occurrence}";
    }
}
