using GraphBuilder.Cli;

namespace GraphBuilder.Tests.Cli;

/// <summary>Each usage mistake a new user made (issue #14) gets one clear message, asserted word for word.</summary>
public class UsageMessageTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("gb-usage-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString().Replace("\r\n", "\n"), stderr.ToString().Replace("\r\n", "\n"));
    }

    [TestCase(new[] { "bulid" }, "graphbuilder: unknown command 'bulid'. Did you mean 'build'? Commands: build, evaluate, train-syntax, evaluate-syntax, parse\nTry 'graphbuilder --help'.\n")]
    [TestCase(new[] { "evalute" }, "graphbuilder: unknown command 'evalute'. Did you mean 'evaluate'? Commands: build, evaluate, train-syntax, evaluate-syntax, parse\nTry 'graphbuilder --help'.\n")]
    [TestCase(new[] { "xyz" }, "graphbuilder: unknown command 'xyz'. Commands: build, evaluate, train-syntax, evaluate-syntax, parse\nTry 'graphbuilder --help'.\n")]
    [TestCase(new string[0], "graphbuilder: no command given. Commands: build, evaluate, train-syntax, evaluate-syntax, parse\nTry 'graphbuilder --help'.\n")]
    [TestCase(new[] { "evaluate" }, "graphbuilder: 'evaluate' needs GRAPH and GOLD: graphbuilder evaluate GRAPH GOLD [options]\nTry 'graphbuilder evaluate --help'.\n")]
    [TestCase(new[] { "evaluate", "g.json" }, "graphbuilder: 'evaluate' needs GOLD: graphbuilder evaluate GRAPH GOLD [options]\nTry 'graphbuilder evaluate --help'.\n")]
    [TestCase(new[] { "build", "--fromat", "dot" }, "graphbuilder: unknown option '--fromat'. Did you mean '--format'?\nTry 'graphbuilder build --help'.\n")]
    [TestCase(new[] { "build", "-f", "jsn" }, "graphbuilder: unknown format 'jsn'. Did you mean 'json'? Formats: dot, graphml, json, html, gexf, cyjs\n")]
    [TestCase(new[] { "build", "-f", "dot,pdf" }, "graphbuilder: unknown format 'pdf'. Formats: dot, graphml, json, html, gexf, cyjs\n")]
    [TestCase(new[] { "build", "-f", "xlsx" }, "graphbuilder: unknown format 'xlsx'. Formats: dot, graphml, json, html, gexf, cyjs\n")]
    public void UsageMistakeGetsOneClearMessage(string[] args, string expected)
    {
        var (code, stdout, err) = Run(args);

        Assert.That(err, Is.EqualTo(expected));
        Assert.That(stdout, Is.Empty);
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
    }

    [Test]
    public void OutThatIsAFileIsRefusedBeforeAnythingIsRead()
    {
        var file = Path.Combine(_dir, "afile.txt");
        File.WriteAllText(file, "keep me");

        var (code, _, err) = Run("build", RepoPaths.Seeds, "--out", file);

        Assert.That(err, Is.EqualTo($"graphbuilder: --out must be a folder, but '{file}' is a file; nothing was written\n"));
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(File.ReadAllText(file), Is.EqualTo("keep me"));
    }

    [Test]
    public void OutThatCannotBeCreatedIsRefusedBeforeAnythingIsRead()
    {
        var file = Path.Combine(_dir, "afile.txt");
        File.WriteAllText(file, "");
        var below = Path.Combine(file, "graphs");

        var (code, _, err) = Run("build", RepoPaths.Seeds, "--out", below);

        Assert.That(err, Is.EqualTo($"graphbuilder: cannot create the --out folder '{below}': '{file}' is a file; nothing was written\n"));
        Assert.That(code, Is.EqualTo(ExitCodes.Failure));
    }

    [Test]
    public void OutInAFolderThatTakesNoNewFoldersIsRefused()
    {
        if (!Directory.Exists("/proc"))
            Assert.Ignore("needs Linux /proc");

        var (code, _, err) = Run("build", RepoPaths.Seeds, "--out", "/proc/nope");

        Assert.That(err, Is.EqualTo("graphbuilder: cannot create the --out folder '/proc/nope': no new folder can be made in '/proc'; nothing was written\n"));
        Assert.That(code, Is.EqualTo(ExitCodes.Failure));
    }

    [Test]
    public void RepeatedFormatOptionsAddUp()
    {
        var out1 = Path.Combine(_dir, "out");

        var (code, stdout, err) = Run("build", RepoPaths.Seeds, "-f", "dot", "-f", "json", "--out", out1);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), err);
        Assert.That(Directory.GetFiles(out1).Select(Path.GetFileName), Is.EquivalentTo(new[] { "graph.dot", "graph.json" }));
        Assert.That(stdout, Does.Contain("Wrote " + Path.Combine(out1, "graph.dot").Replace('\\', '/')));
    }

    [Test]
    public void TopLevelHelpShowsInputAsOptional()
    {
        var (code, stdout, _) = Run("--help");

        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(stdout, Does.Contain("graphbuilder build [INPUT...] [--out DIR] [--format FORMAT,...] [--quiet | --verbose]"));
        Assert.That(stdout, Does.Contain("graphbuilder evaluate GRAPH.json GOLD.json [--details]"));
        Assert.That(stdout, Does.Not.Contain("<INPUT"));
        Assert.That(Run("build", "--help").Out, Does.Contain("[<INPUT>...]").And.Contain("--quiet").And.Contain("--verbose"));
    }

    [TestCase("bulid", "build", 1)]
    [TestCase("jsn", "json", 1)]
    [TestCase("graphlm", "graphml", 1)]
    [TestCase("", "dot", 3)]
    public void DistanceCountsEditsAndNeighbourSwaps(string a, string b, int distance) =>
        Assert.That(DidYouMean.Distance(a, b), Is.EqualTo(distance));
}
