using System.Diagnostics;
using GraphBuilder.Cli;
using GraphBuilder.Export;

namespace GraphBuilder.Tests.Export;

/// <summary>
/// The output files are replaced all together or not at all: a folder in the way of one of them, or a disk
/// that fills up part-way, leaves every old file as it was and no temporary behind.
/// </summary>
[NonParallelizable]
public class OutputSetTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("gb-outset-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string Seeds() => RepoPaths.Seeds;

    [Test]
    public void AFolderInTheWayFailsBeforeAnyFileIsReplaced()
    {
        var outDir = Path.Combine(_dir, "out");
        Directory.CreateDirectory(Path.Combine(outDir, "graph.json"));
        File.WriteAllText(Path.Combine(outDir, "graph.dot"), "old dot");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());

        var code = Program.Run(["build", Seeds(), "--out", outDir], stdout, stderr);

        Assert.That(code, Is.EqualTo(ExitCodes.Failure));
        Assert.That(stderr.ToString(), Is.EqualTo($"graphbuilder: cannot write the graph into {outDir}: a folder of that name is in the way: {outDir}/graph.json; nothing was written or overwritten\n"));
        Assert.That(File.ReadAllText(Path.Combine(outDir, "graph.dot")), Is.EqualTo("old dot"));
        Assert.That(Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "graph.dot", "graph.json" }));
    }

    [Test]
    public void AFailingWriterLeavesTheOldSetAndNoTemporaries()
    {
        var a = Path.Combine(_dir, "a.txt");
        var b = Path.Combine(_dir, "b.txt");
        File.WriteAllText(a, "old a");

        Assert.That(() => OutputSet.Write([(a, s => s.Write("new a"u8)), (b, _ => throw new IOException("disk full, say"))]),
            Throws.TypeOf<IOException>());

        Assert.That(File.ReadAllText(a), Is.EqualTo("old a"));
        Assert.That(Directory.GetFiles(_dir), Is.EqualTo(new[] { a }));
    }

    [Test]
    public void SuccessReplacesEveryFileAndLeavesNothingElse()
    {
        var a = Path.Combine(_dir, "a.txt");
        File.WriteAllText(a, "old a");

        OutputSet.Write([(a, s => s.Write("new a"u8)), (Path.Combine(_dir, "b.txt"), s => s.Write("new b"u8))]);

        Assert.That(File.ReadAllText(a), Is.EqualTo("new a"));
        Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "a.txt", "b.txt" }));
    }

    /// <summary>A 512 KB tmpfs holds the old small files but not the seeds' graph.html: the set must not change.</summary>
    [Test]
    public void AFullDiskLeavesTheOldSetUntouched()
    {
        var mount = Path.Combine(_dir, "small");
        Directory.CreateDirectory(mount);
        if (!Mount(mount))
            Assert.Ignore("cannot mount a tmpfs here (needs root and mount(8)): the full-disk case is not run");
        try
        {
            var old = new[] { "graph.dot", "graph.graphml", "graph.json", "graph.html" };
            foreach (var name in old)
                File.WriteAllText(Path.Combine(mount, name), "old " + name);
            var (stdout, stderr) = (new StringWriter(), new StringWriter());

            var code = Program.Run(["build", Seeds(), "--out", mount], stdout, stderr);

            Assert.That(code, Is.EqualTo(ExitCodes.Failure), stderr.ToString());
            Assert.That(stderr.ToString(), Does.StartWith($"graphbuilder: cannot write the graph into {mount}: No space left on device").And.EndWith("; nothing was written or overwritten\n"));
            foreach (var name in old)
                Assert.That(File.ReadAllText(Path.Combine(mount, name)), Is.EqualTo("old " + name), name);
            Assert.That(Directory.GetFiles(mount).Select(Path.GetFileName), Is.EquivalentTo(old));
        }
        finally
        {
            Run("umount", mount);
        }
    }

    private static bool Mount(string path) =>
        !OperatingSystem.IsWindows() && Environment.UserName == "root" && Run("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", path);

    private static bool Run(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true });
            process!.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
