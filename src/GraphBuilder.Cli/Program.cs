using System.CommandLine;

namespace GraphBuilder.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with the given streams, so tests can call it in-process.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("GraphBuilder: turns news articles into a knowledge graph for Graphviz, Gephi and the browser.")
        {
            BuildCommand.Create(stdout, stderr),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
                stderr.WriteLine($"graphbuilder: {error.Message}");
            stderr.WriteLine("Try 'graphbuilder --help'.");
            return ExitCodes.Usage;
        }
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
