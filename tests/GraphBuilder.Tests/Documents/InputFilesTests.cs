using GraphBuilder.Documents;

namespace GraphBuilder.Tests.Documents;

public class InputFilesTests
{
    [Test]
    public void FoldersGiveTheirTxtFilesSortedAndFilesAreTakenAsGiven()
    {
        var dir = Directory.CreateTempSubdirectory("gb-inputs-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "sub"));
            foreach (var name in new[] { "b.txt", "a.txt", "sub/c.txt", "notes.md", ".hidden.txt" })
                File.WriteAllText(Path.Combine(dir, name), "x");

            var files = InputFiles.Resolve([dir, Path.Combine(dir, "notes.md")]);

            Assert.That(files.Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/')),
                Is.EqualTo(new[] { "a.txt", "b.txt", "notes.md", "sub/c.txt" }));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void AMissingInputIsAnError() =>
        Assert.Throws<FileNotFoundException>(() => InputFiles.Resolve(["/no/such/path/anywhere"]));
}
