using GraphBuilder.Cli;
using Newtonsoft.Json.Linq;

namespace GraphBuilder.Tests.Cli;

/// <summary>Documents are recorded with the path the user gave: absolute stays absolute, relative stays relative.</summary>
[NonParallelizable]
public class InputPathTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder()
    {
        _dir = Directory.CreateTempSubdirectory("gb-paths-").FullName;
        Directory.CreateDirectory(Path.Combine(_dir, "news", "may"));
        File.WriteAllText(Path.Combine(_dir, "news", "may", "a.txt"), "Foreign Minister Mara Quint visited Ruritania on Monday.");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string RecordedPath(string input, string workingDirectory)
    {
        var saved = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = workingDirectory;
            var code = Program.Run(["build", input, "--out", Path.Combine(_dir, "out"), "-f", "json"], new StringWriter(), new StringWriter());
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
        }
        finally
        {
            Environment.CurrentDirectory = saved;
        }
        var json = JObject.Parse(File.ReadAllText(Path.Combine(_dir, "out", "graph.json")));
        return (string)json["graph"]!["documents"]![0]!["path"]!;
    }

    [Test]
    public void AnAbsoluteFolderGivesAbsolutePaths() =>
        Assert.That(RecordedPath(Path.Combine(_dir, "news"), Path.GetTempPath()),
            Is.EqualTo(Path.Combine(_dir, "news", "may", "a.txt").Replace('\\', '/')));

    [Test]
    public void ARelativeFolderGivesRelativePaths() =>
        Assert.That(RecordedPath("news", _dir), Is.EqualTo("news/may/a.txt"));
}
