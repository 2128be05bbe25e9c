using System.Diagnostics;

namespace GraphBuilder.Tests.Cli;

/// <summary>
/// The file-system cases of issue #9's bad-input catalogue: special files, link loops, unreadable folders,
/// size limit, duplicate names and files given twice, each with its exact stderr line and exit code.
/// </summary>
public class InputEnumerationCliTests : CliFolderTests
{
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

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        Assume.That(mkfifo.ExitCode, Is.Zero, "mkfifo failed");
    }
}
