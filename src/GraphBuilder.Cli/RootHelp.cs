using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace GraphBuilder.Cli;

/// <summary>
/// `graphbuilder --help`. The library's page lists each command with its arguments as if required ("build
/// &lt;INPUT...&gt;"), but build's INPUT is optional (default seeds); this page gives each command's real usage. The
/// help of a command (`graphbuilder build --help`) stays the library's, which shows optional arguments correctly.
/// </summary>
public sealed class RootHelp(Command root, TextWriter stdout) : SynchronousCommandLineAction
{
    private readonly HelpAction _standard = new();

    public override int Invoke(ParseResult parse)
    {
        if (parse.CommandResult.Command != root)
            return _standard.Invoke(parse);
        stdout.WriteLine(root.Description);
        stdout.WriteLine();
        stdout.WriteLine("Usage:");
        stdout.WriteLine("  graphbuilder build [INPUT...] [--out DIR] [--format FORMAT,...] [--quiet | --verbose]");
        stdout.WriteLine("                     [--document-timeout S] [--max-file-size MB]");
        stdout.WriteLine("  graphbuilder evaluate GRAPH.json GOLD.json [--details]");
        stdout.WriteLine("  graphbuilder parse FILE... [--out FILE]");
        stdout.WriteLine("  graphbuilder evaluate-syntax GOLD.conllu");
        stdout.WriteLine("  graphbuilder train-syntax --train A.conllu[,B.conllu] --dev D.conllu --out FILE");
        stdout.WriteLine("  graphbuilder COMMAND --help");
        stdout.WriteLine();
        stdout.WriteLine("Commands:");
        foreach (var command in root.Subcommands)
            stdout.WriteLine($"  {command.Name,-17}{command.Description}");
        stdout.WriteLine();
        stdout.WriteLine("Options:");
        stdout.WriteLine("  -h, --help  Show help and usage information");
        stdout.WriteLine("  --version   Show version information");
        return ExitCodes.Success;
    }
}
