using System.CommandLine;
using GraphBuilder.Documents;
using GraphBuilder.Export;
using GraphBuilder.Extraction;

namespace GraphBuilder.Cli;

/// <summary>`graphbuilder build [INPUT...] [--out DIR] [--format ...]`: read articles, write the graph files.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Article files and/or folders (folders are searched for *.txt). Default: seeds",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var outDir = new Option<string>("--out", "-o")
        {
            Description = "Folder to write the graph files into",
            DefaultValueFactory = _ => "output",
        };
        var formats = new Option<string[]>("--format", "-f")
        {
            Description = $"Output formats, comma-separated or repeated (-f dot -f json): {string.Join(", ", GraphWriters.Names)}. Default: all",
            DefaultValueFactory = _ => [string.Join(",", GraphWriters.Names)],
        };
        var timeout = RobustnessOptions.DocumentTimeout();
        var maxSize = RobustnessOptions.MaxFileSize();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display (it is shown only when stderr is a terminal)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List each file on stderr as it is read" };
        var command = new Command("build", "Build the graph from articles (default: the seeds folder) and write it in the chosen formats")
            { inputs, outDir, formats, timeout, maxSize, quiet, verbose };
        // An unknown "--option" would otherwise be taken as an INPUT path and reported as missing (exit 1, not 2).
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(t => t.Value))
                if (token.StartsWith('-') && !File.Exists(token) && !Directory.Exists(token))
                    result.AddError($"unknown option '{token}'.{DidYouMean.Hint(token, UsageErrors.OptionNames(command))}");
        });
        command.SetAction(parse => Run(
            parse.GetValue(inputs) is { Length: > 0 } given ? given : ["seeds"],
            parse.GetValue(outDir)!, parse.GetValue(formats)!, stdout,
            ProgressDisplay.Choose(stderr, stderrIsTerminal && !parse.GetValue(quiet), parse.GetValue(verbose)),
            new BuildLimits(TimeSpan.FromSeconds(parse.GetValue(timeout)), (long)(parse.GetValue(maxSize) * 1048576))));
        return command;
    }

    public static int Run(string[] inputs, string outDir, string[] formatList, TextWriter stdout, ProgressDisplay display, BuildLimits? limits = null)
    {
        limits ??= BuildLimits.Default;
        var stderr = display.Stderr;
        var writers = FormatChoice.Parse(formatList, out var formatProblem);
        if (formatProblem is not null)
        {
            stderr.WriteLine($"graphbuilder: {formatProblem}");
            return ExitCodes.Usage;
        }
        if (OutputFolder.Problem(outDir) is { } outProblem)
        {
            stderr.WriteLine($"graphbuilder: {outProblem}; nothing was written");
            return File.Exists(outDir) ? ExitCodes.Usage : ExitCodes.Failure;
        }
        InputSet input;
        try
        {
            input = InputReport.Enumerate(inputs, limits.MaxFileBytes, stderr);
        }
        catch (FileNotFoundException e)
        {
            stderr.WriteLine($"graphbuilder: {e.Message}; nothing was written");
            return ExitCodes.Failure;
        }
        if (input.Files.Count == 0 && input.Skipped.Count == 0)
        {
            stderr.WriteLine($"graphbuilder: no documents (*.txt) found in {string.Join(", ", inputs)}; nothing was written");
            return ExitCodes.Failure;
        }
        var progress = display.Start(input.Files);
        var result = new GraphPipeline(progress.Wrap(ExtractorFactory.Create()), documentTimeout: limits.DocumentTimeout)
            .Run(input.Files, skip => InputReport.Skipped(stderr, skip), onWarning: w => stderr.WriteLine($"graphbuilder: warning: {w}"));
        progress.Finish();
        result = result with { Skipped = [.. input.Skipped, .. result.Skipped] };
        if (result.DocumentsRead == 0)
        {
            stderr.WriteLine("graphbuilder: none of the documents could be read; nothing was written");
            return ExitCodes.Failure;
        }
        var written = WriteAll(result, writers, outDir, stderr);
        if (written is null)
            return ExitCodes.Failure;
        Summary.Print(stdout, result, written);
        return result.Skipped.Count > 0 ? ExitCodes.SomeSkipped : ExitCodes.Success;
    }

    private static List<string>? WriteAll(PipelineResult result, IReadOnlyList<IGraphWriter> writers, string outDir, TextWriter stderr)
    {
        var files = writers.Select(w => (Path: Path.Combine(outDir, w.FileName), Write: (Action<Stream>)(s => w.Write(result.Graph, s)))).ToList();
        try
        {
            OutputSet.Write(files);
            return files.Select(f => f.Path).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"graphbuilder: cannot write the graph into {outDir}: {InputReport.Clean(e.Message)}; nothing was written or overwritten");
            return null;
        }
    }
}
