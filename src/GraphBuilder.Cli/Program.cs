using System.CommandLine;
using System.CommandLine.Help;

namespace GraphBuilder.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error, stderrIsTerminal: !Console.IsErrorRedirected);

    /// <summary>Runs the command line with the given streams, so tests can call it in-process; progress is drawn only on a terminal.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false)
    {
        // A named root rather than RootCommand, whose name would be the assembly's ("GraphBuilder.Cli").
        var help = new HelpOption();
        var root = new Command("graphbuilder", "GraphBuilder: turns news articles into a knowledge graph for Graphviz, Gephi and the browser.")
        {
            help,
            new VersionOption(),
            BuildCommand.Create(stdout, stderr, stderrIsTerminal),
            EvaluateCommand.Create(stdout, stderr),
            TrainSyntaxCommand.Create(stdout, stderr),
            EvaluateSyntaxCommand.Create(stdout, stderr),
            ParseCommand.Create(stdout, stderr),
        };
        help.Action = new RootHelp(root, stdout);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            UsageErrors.Print(parse, stderr);
            return ExitCodes.Usage;
        }
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
