using System.Diagnostics;
using GraphBuilder.Tests.Consumers;

namespace GraphBuilder.Tests.Cli;

/// <summary>
/// The real command under a pseudo-terminal (util-linux `script`), stdout sent to a file: the terminal shows the
/// progress line (files done/total, MB/s, elapsed, ETA), stdout holds the summary only, and --quiet silences it.
/// </summary>
[Category("Terminal")]
[NonParallelizable]
public class TerminalProgressTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("gb-pty-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private (string Terminal, string Stdout) BuildUnderTerminal(string options)
    {
        if (!File.Exists("/usr/bin/script"))
            ExternalProgram.Missing("/usr/bin/script (util-linux) is not installed");
        var cli = Path.Combine(TestContext.CurrentContext.TestDirectory, "GraphBuilder.Cli.dll");
        var stdoutFile = Path.Combine(_dir, "stdout.txt");
        var typescript = Path.Combine(_dir, "terminal.txt");
        var command = $"dotnet '{cli}' build '{RepoPaths.Seeds}' --out '{Path.Combine(_dir, "out")}' -f json {options} > '{stdoutFile}'";
        var run = ExternalProgram.Run("/usr/bin/script", "-qfec", command, typescript);
        Assert.That(run.ExitCode, Is.Zero, run.Stdout + run.Stderr);
        return (File.ReadAllText(typescript), File.ReadAllText(stdoutFile));
    }

    [Test]
    public void ProgressGoesToTheTerminalAndStdoutKeepsTheSummaryOnly()
    {
        var (terminal, stdout) = BuildUnderTerminal("");

        Assert.That(terminal, Does.Match(@"\[\d/5\] +\d+%  [\d.]+ of [\d.]+ MB  [\d.]+ MB/s  elapsed \d+:\d\d  ETA (\d+:\d\d|\?)"));
        Assert.That(terminal, Does.Contain("\r\u001b[K"), "the status line is redrawn in place");
        Assert.That(terminal, Does.Match(@"graphbuilder: read 5 of 5 files, [\d.]+ MB in \d+:\d\d \([\d.]+ MB/s\)"));
        Assert.That(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            Has.All.Match(@"^(Documents read:|Nodes:|Edges:|Wrote) "), "stdout holds only the summary");
        Assert.That(stdout, Does.Not.Contain("MB/s"));
    }

    [Test]
    public void QuietShowsNoProgressAndVerboseListsEachFile()
    {
        Assert.That(BuildUnderTerminal("--quiet").Terminal, Does.Not.Contain("MB/s").And.Not.Contain("ETA"));

        var (terminal, stdout) = BuildUnderTerminal("--quiet --verbose");
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds, "*.txt"))
            Assert.That(terminal, Does.Contain(Path.GetFileName(file)));
        Assert.That(stdout, Does.Not.Contain("graphbuilder: read"));
    }

    [Test]
    public void WithoutATerminalStderrStaysSilent()
    {
        var stderr = new StringWriter();
        var code = GraphBuilder.Cli.Program.Run(["build", RepoPaths.Seeds, "--out", Path.Combine(_dir, "out"), "-f", "json"], new StringWriter(), stderr);

        Assert.That(code, Is.Zero);
        Assert.That(stderr.ToString(), Is.Empty);
    }
}
