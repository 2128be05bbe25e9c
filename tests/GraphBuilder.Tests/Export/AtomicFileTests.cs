using System.Text;
using GraphBuilder.Export;

namespace GraphBuilder.Tests.Export;

/// <summary>A write that fails part-way keeps the previous file and leaves no temporary file behind.</summary>
public class AtomicFileTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("gb-atomic-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string Target => Path.Combine(_dir, "graph.json");

    [Test]
    public void FailureMidWriteKeepsThePreviousFileAndNoTemporaryFile()
    {
        File.WriteAllText(Target, "previous");

        void HalfThenFail(Stream stream)
        {
            new JsonGraphWriter().Write(SampleGraphs.Nasty(), stream);
            stream.Write("{ half"u8);
            stream.Flush();
            throw new IOException("disk full, say");
        }

        Assert.That(() => AtomicFile.Write(Target, HalfThenFail), Throws.TypeOf<IOException>());
        Assert.That(File.ReadAllText(Target), Is.EqualTo("previous"));
        Assert.That(Directory.GetFiles(_dir), Is.EqualTo(new[] { Target }));
    }

    [Test]
    public void SuccessReplacesThePreviousFileWhole()
    {
        File.WriteAllText(Target, "previous, and longer than what replaces it");

        AtomicFile.Write(Target, stream => stream.Write("new"u8));

        Assert.That(File.ReadAllText(Target, Encoding.UTF8), Is.EqualTo("new"));
        Assert.That(Directory.GetFiles(_dir), Is.EqualTo(new[] { Target }));
    }

    [Test]
    public void WritersLeaveTheStreamOpenForTheCaller()
    {
        using var stream = new MemoryStream();

        foreach (var writer in WriterOutput.Writers)
            writer.Write(SampleGraphs.Nasty(), stream);

        Assert.That(stream.CanWrite, Is.True);
    }
}
