using GraphBuilder.Cli;

namespace GraphBuilder.Tests.Cli;

/// <summary>The `build` command's exit codes and messages, run in-process against temporary folders.</summary>
public class BuildCommandTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("gb-cli-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Article(string name, string text)
    {
        var path = Path.Combine(_dir, "in", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string Out => Path.Combine(_dir, "out");

    [Test]
    public void MissingInputFailsWithItsNameAndWritesNothing()
    {
        var (code, _, err) = Run("build", Path.Combine(_dir, "nope"), "--out", Out);

        Assert.That(code, Is.EqualTo(ExitCodes.Failure));
        Assert.That(err, Does.Contain("input not found").And.Contain("nope"));
        Assert.That(Directory.Exists(Out), Is.False);
    }

    [Test]
    public void EmptyFolderFailsAndLeavesThePreviousOutputAlone()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "empty"));
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "graph.json"), "previous");

        var (code, _, err) = Run("build", Path.Combine(_dir, "empty"), "--out", Out);

        Assert.That(code, Is.EqualTo(ExitCodes.Failure));
        Assert.That(err, Does.Contain("no documents"));
        Assert.That(File.ReadAllText(Path.Combine(Out, "graph.json")), Is.EqualTo("previous"));
    }

    [Test]
    public void BinaryFileAmongGoodOnesIsSkippedNamedAndTheRestIsBuilt()
    {
        Article("a.txt", " date 2024-05-02 Foreign Minister Amina Diallo met Ambassador Paul Berger in Dakar.");
        Article("c.txt", "Prime Minister Lars Holm visited Oslo on Monday.");
        var binary = Path.Combine(_dir, "in", "b.txt");
        File.WriteAllBytes(binary, [0x00, 0xFF, 0x10, 0x00]);

        var (code, stdout, err) = Run("build", Path.Combine(_dir, "in"), "--out", Out, "--format", "json");

        Assert.That(code, Is.EqualTo(ExitCodes.SomeSkipped));
        Assert.That(err, Does.Contain("b.txt").And.Contain("binary"));
        Assert.That(stdout, Does.Contain("Documents read: 2 (1 skipped)"));
        var json = File.ReadAllText(Path.Combine(Out, "graph.json"));
        Assert.That(json, Does.Contain("\"id\": \"a\"").And.Contain("\"id\": \"c\"").And.Not.Contain("\"id\": \"b\""));
    }

    [TestCase("xml")]
    [TestCase("json,pdf")]
    [TestCase(",")]
    public void UnknownFormatIsBadUsage(string format)
    {
        Article("a.txt", "Text.");

        var (code, _, err) = Run("build", Path.Combine(_dir, "in"), "--out", Out, "--format", format);

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(err, Does.Contain(format == "," ? "no format given" : "unknown format"));
        Assert.That(Directory.Exists(Out), Is.False);
    }

    [Test]
    public void UnknownOptionIsBadUsage()
    {
        var (code, _, err) = Run("build", "--frobnicate");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(err, Does.Contain("--frobnicate"));
    }

    [Test]
    public void HelpIsAvailableOnEveryCommand()
    {
        Assert.That(Run("--help").Out, Does.Contain("build"));
        Assert.That(Run("build", "--help").Out, Does.Contain("--out").And.Contain("--format"));
    }

    [Test]
    public void SuccessPrintsTheSummaryAndWritesEveryDefaultFormat()
    {
        Article("a.txt", " date 2024-05-02 Foreign Minister Amina Diallo met Ambassador Paul Berger in Dakar.");

        var (code, stdout, err) = Run("build", Path.Combine(_dir, "in"), "--out", Out);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), err);
        Assert.That(stdout, Does.Contain("Documents read: 1").And.Contain("Nodes:").And.Contain("Edges:"));
        foreach (var writer in GraphBuilder.Export.GraphWriters.All)
        {
            Assert.That(File.Exists(Path.Combine(Out, writer.FileName)), writer.FileName);
            Assert.That(stdout, Does.Contain(writer.FileName));
        }
        Assert.That(Directory.GetFiles(Out, "*.tmp", SearchOption.AllDirectories), Is.Empty);
    }
}
