using System.CommandLine;
using System.CommandLine.Help;

namespace GraphBuilder.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with the given streams, so tests can call it in-process.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // A named root rather than RootCommand, whose name would be the assembly's ("GraphBuilder.Cli").
        var root = new Command("graphbuilder", "GraphBuilder: turns news articles into a knowledge graph for Graphviz, Gephi and the browser.")
        {
            new HelpOption(),
            new VersionOption(),
            BuildCommand.Create(stdout, stderr),
            EvaluateCommand.Create(stdout, stderr),
            TrainSyntaxCommand.Create(stdout, stderr),
            EvaluateSyntaxCommand.Create(stdout, stderr),
            ParseCommand.Create(stdout, stderr),
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
