using System.Diagnostics;
using GraphBuilder.Cli;

namespace GraphBuilder.Tests.Cli;

/// <summary>
/// The bad inputs of issue #9, each with the exact stderr line and exit code `build` gives (run in-process;
/// paths in messages are relative to the working directory, so each test runs from its temporary folder).
/// </summary>
[NonParallelizable]
public class BadInputCatalogueTests
{
    private string _dir = "";
    private string _cwd = "";

    [SetUp]
    public void CreateFolder()
    {
        _dir = Directory.CreateTempSubdirectory("gb-bad-").FullName;
        _cwd = Environment.CurrentDirectory;
        Environment.CurrentDirectory = _dir;
    }

    [TearDown]
    public void DeleteFolder()
    {
        Environment.CurrentDirectory = _cwd;
        Directory.Delete(_dir, recursive: true);
    }

    private static (int Code, string Out, string Err) Build(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = Program.Run(["build", .. args, "--out", "out", "--format", "json"], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString().Replace("\r\n", "\n"));
    }

    private static void Write(string path, string text = "Mara Quint met Ravi Sethi in Lima.")
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text);
    }

    private static string Json => File.ReadAllText("out/graph.json");

    [Test]
    public void MissingPath() =>
        Assert.That(Build("nope"), Is.EqualTo((1, "", "graphbuilder: input not found: nope; nothing was written\n")));

    [Test]
    public void EmptyFolder()
    {
        Directory.CreateDirectory("in");
        Assert.That(Build("in"), Is.EqualTo((1, "", "graphbuilder: no documents (*.txt) found in in; nothing was written\n")));
    }

    [TestCase("", TestName = "EmptyFile")]
    [TestCase("  \n\t\n", TestName = "WhitespaceFile")]
    [TestCase("\uFEFFMara Quint met Ravi Sethi.\r\nLena Voss visited Lima.\r\n", TestName = "BomAndCrlf")]
    [TestCase("Mara Quint met Ravi Sethi.\rLena Voss visited Lima.\r", TestName = "CarriageReturnsOnly")]
    [TestCase("Mara\u0001 Quint met \u0007Ravi Sethi.\u001b", TestName = "ControlCharacters")]
    [TestCase("\"Mara \\\"graph\\\" Quint\" met node [Ravi Sethi] -> digraph {edge}.", TestName = "QuotesBackslashesDotKeywords")]
    [TestCase("Mara Quint 🙂 met سارا قاسم in Lima ‏(Ruritania).", TestName = "EmojiAndRightToLeft")]
    public void OddButValidTextIsRead(string text)
    {
        Write("in/a.txt", text);
        var (code, stdout, err) = Build("in");
        Assert.That((code, err), Is.EqualTo((0, "")));
        Assert.That(stdout, Does.StartWith("Documents read: 1\n"));
    }

    [TestCase(new byte[] { 0x89, 0x50, 0x00, 0x01 }, "looks binary (contains NUL bytes); expected a UTF-8 or UTF-16 text file")]
    [TestCase(new byte[] { 0x41, 0x42, 0xC3, 0x28 }, "is not valid UTF-8 text (undecodable bytes at offset 2)")]
    public void UnreadableTextIsSkippedAndNamed(byte[] bytes, string reason)
    {
        Write("in/a.txt");
        File.WriteAllBytes("in/b.txt", bytes);
        var (code, _, err) = Build("in");
        Assert.That((code, err), Is.EqualTo((3, $"graphbuilder: skipped in/b.txt: {reason}\n")));
    }

    [Test]
    public void FifoIsSkippedNotRead()
    {
        Write("in/a.txt");
        MakeFifo("in/x.txt");
        var (code, _, err) = Build("in");
        Assert.That((code, err), Is.EqualTo((3, "graphbuilder: skipped in/x.txt: is a FIFO (named pipe), not a regular file\n")));
    }

    [Test]
    public void LinkToADeviceIsSkippedNotRead()
    {
        Write("in/a.txt");
        File.CreateSymbolicLink("in/zero.txt", "/dev/zero");
        var (code, _, err) = Build("in");
        Assert.That((code, err), Is.EqualTo((3, "graphbuilder: skipped in/zero.txt: is a character device, not a regular file\n")));
    }

    [Test]
    public void SymlinkLoopsAreWalkedOnce()
    {
        Write("in/a/one.txt");
        Write("in/b/two.txt", "Lena Voss visited Quito.");
        Directory.CreateSymbolicLink("in/a/to-b", "../b");
        Directory.CreateSymbolicLink("in/b/to-a", "../a");
        Directory.CreateSymbolicLink("in/a/self", ".");
        var (code, stdout, err) = Build("in");
        Assert.That((code, err), Is.EqualTo((0, "")));
        Assert.That(stdout, Does.StartWith("Documents read: 2\n"));
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void UnreadableFolderIsSkippedWithAMessage()
    {
        if (Environment.UserName == "root" || OperatingSystem.IsWindows())
            Assert.Ignore("permissions do not bind root (or Windows): an unreadable folder cannot be made here");
        Write("in/a.txt");
        Write("in/locked/b.txt");
        File.SetUnixFileMode("in/locked", UnixFileMode.None);
        try
        {
            var (code, _, err) = Build("in");
            Assert.That((code, err), Is.EqualTo((3, $"graphbuilder: skipped in/locked: folder cannot be read (Access to the path '{Path.GetFullPath("in/locked")}' is denied.)\n")));
        }
        finally
        {
            File.SetUnixFileMode("in/locked", UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Test]
    public void FileOverTheSizeLimitIsSkipped()
    {
        Write("in/a.txt");
        Write("in/big.txt", new string('x', 3 * 1024 * 1024));
        var (code, _, err) = Build("in", "--max-file-size", "2");
        Assert.That((code, err), Is.EqualTo((3, "graphbuilder: skipped in/big.txt: is 3 MB, over the limit of 2 MB per file (--max-file-size)\n")));
    }

    [Test]
    public void SameFileNameInTwoFoldersGivesTwoDocuments()
    {
        Write("d1/report.txt", " date 2024-05-01\nMara Quint met Ravi Sethi in Lima.");
        Write("d2/report.txt", " date 2024-06-01\nLena Voss met Ravi Sethi in Quito.");
        Write("d2/other.txt");
        var (code, _, err) = Build("d1", "d2");
        Assert.That((code, err), Is.EqualTo((0, "")));
        Assert.That(Json, Does.Contain("\"id\": \"d1/report\"").And.Contain("\"id\": \"d2/report\"").And.Contain("\"id\": \"other\""));
    }

    [Test]
    public void SameFileGivenTwiceIsReadOnceWithAWarning()
    {
        Write("in/a.txt");
        var (code, stdout, err) = Build("in", "in/a.txt", "in/a.txt");
        Assert.That((code, err), Is.EqualTo((0, "graphbuilder: warning: in/a.txt is given twice; it is read once\n" +
                                                "graphbuilder: warning: in/a.txt is given twice; it is read once\n")));
        Assert.That(stdout, Does.StartWith("Documents read: 1\n"));
    }

    [Test]
    public void MalformedDateHeaderIsWarnedAbout()
    {
        Write("in/a.txt", " date 2024-13-45\nMara Quint met Ravi Sethi in Lima.");
        var (code, _, err) = Build("in");
        Assert.That((code, err), Is.EqualTo((0, "graphbuilder: warning: in/a.txt: date header '2024-13-45' is not a valid date (YYYY-MM-DD); it is dropped and the article has no date\n")));
        Assert.That(Json, Does.Contain("\"title\": \"Mara Quint met Ravi Sethi in Lima.\"").Or.Not.Contain("2024-13-45"));
    }

    [TestCase("--format", "xml", "graphbuilder: unknown format 'xml'; choose from dot, graphml, json, html\n")]
    [TestCase("--document-timeout", "0", "graphbuilder: --document-timeout must be between 0 and 86400 seconds\nTry 'graphbuilder --help'.\n")]
    [TestCase("--max-file-size", "-1", "graphbuilder: --max-file-size must be a positive number of MB\nTry 'graphbuilder --help'.\n")]
    public void BadUsageExitsTwo(string option, string value, string message)
    {
        Write("in/a.txt");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = Program.Run(["build", "in", "--out", "out", option, value], stdout, stderr);
        Assert.That((code, stderr.ToString()), Is.EqualTo((2, message)));
        Assert.That(Directory.Exists("out"), Is.False);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        Assume.That(mkfifo.ExitCode, Is.Zero, "mkfifo failed");
    }
}
