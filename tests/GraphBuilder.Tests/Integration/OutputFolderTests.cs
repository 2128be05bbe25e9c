using GraphBuilder.Export;

namespace GraphBuilder.Tests.Integration;

/// <summary>The committed output/ is what the build produces now, and two builds give the same bytes.</summary>
public class OutputFolderTests
{
    private static Dictionary<string, byte[]> BuildSeeds()
    {
        var graph = SeedGraph.Build();
        return GraphWriters.All.ToDictionary(w => w.FileName, w =>
        {
            using var stream = new MemoryStream();
            w.Write(graph, stream);
            return stream.ToArray();
        });
    }

    [Test]
    public void TwoBuildsGiveByteIdenticalFiles()
    {
        var first = BuildSeeds();
        var second = BuildSeeds();

        Assert.That(first.Keys, Is.Not.Empty);
        foreach (var (name, bytes) in first)
            Assert.That(second[name], Is.EqualTo(bytes), name);
    }

    [Test]
    public void CommittedOutputEqualsWhatTheBuildProducesNow()
    {
        foreach (var (name, bytes) in BuildSeeds())
        {
            var committed = Path.Combine(RepoPaths.Output, name);
            Assert.That(File.Exists(committed), $"output/{name} is missing: run the README's build command");
            Assert.That(File.ReadAllBytes(committed), Is.EqualTo(bytes),
                $"output/{name} is stale: run `dotnet run --project src/GraphBuilder.Cli -- build` and commit output/");
        }
    }
}
