using System.Text.RegularExpressions;
using GraphBuilder.Text;

namespace GraphBuilder.Tests.Robustness;

/// <summary>
/// Every Regex of the product is built by Text.Patterns (interpreted, with a match timeout): a compiled or
/// source-generated pattern, or one built around the factory, fails here with its file and line.
/// </summary>
public class RegexGuardTests
{
    private static readonly string[] Forbidden = ["RegexOptions.Compiled", "[GeneratedRegex", "new Regex(", "Regex.Match(", "Regex.IsMatch(", "Regex.Replace(", "Regex.Split(", "Regex.Matches("];

    [Test]
    public void NoRegexIsBuiltOutsideThePatternsFactory()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Replace('\\', '/').Contains("/obj/") && Path.GetFileName(f) != "Patterns.cs")
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => !x.line.TrimStart().StartsWith("///", StringComparison.Ordinal) && Forbidden.Any(x.line.Contains))
            .Select(x => $"{Path.GetRelativePath(RepoPaths.Root, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.That(offenders, Is.Empty);
    }

    [Test]
    public void PatternsCarryATimeoutAndRefuseCompiled()
    {
        Assert.That(Patterns.Create("a+").MatchTimeout, Is.EqualTo(Patterns.MatchTimeout));
        Assert.That(Patterns.MatchTimeout, Is.GreaterThan(TimeSpan.Zero).And.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(() => Patterns.Create("a+", RegexOptions.Compiled), Throws.ArgumentException);
    }

    [Test]
    public void ARunawayPatternStopsAtItsTimeout() =>
        Assert.That(() => Patterns.Create(@"^(\w+\s?)*$").IsMatch(new string('a', 40) + "!"), Throws.TypeOf<RegexMatchTimeoutException>());
}
