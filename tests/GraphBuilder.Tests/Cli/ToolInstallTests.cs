using GraphBuilder.Tests.Consumers;

namespace GraphBuilder.Tests.Cli;

/// <summary>
/// The README's install steps, done for real in a temporary folder: `dotnet pack` the CLI, `dotnet tool install`
/// it from that folder alone (a nuget.config that clears every other source, so no registry is asked), then run the
/// installed `graphbuilder --help`.
/// </summary>
[Category("Install")]
[NonParallelizable]
public class ToolInstallTests
{
    [Test]
    public void PackedToolInstallsAndAnswersHelp()
    {
        var temp = Directory.CreateTempSubdirectory("gb-install-").FullName;
        try
        {
            var packages = Path.Combine(temp, "packages");
            var tools = Path.Combine(temp, "tools");
            var config = Path.Combine(temp, "nuget.config");
            File.WriteAllText(config, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>
                """);
            var project = Path.Combine(RepoPaths.Root, "src", "GraphBuilder.Cli");

            Succeeds(Dotnet("pack", project, "-c", "Release", "-o", packages, "--artifacts-path", Path.Combine(temp, "artifacts")));
            Succeeds(Dotnet("tool", "install", "GraphBuilder.Cli", "--tool-path", tools, "--configfile", config));
            var help = ExternalProgram.Run(Path.Combine(tools, "graphbuilder"), "--help");

            Succeeds(help);
            Assert.That(help.Stdout, Does.Contain("graphbuilder build [INPUT...]"));
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static ProgramRun Dotnet(params string[] arguments) => ExternalProgram.Run("dotnet", arguments, TimeSpan.FromMinutes(10));

    private static void Succeeds(ProgramRun run) => Assert.That(run.ExitCode, Is.Zero, run.Stdout + run.Stderr);
}
