using System.CommandLine;
using GraphBuilder.Documents;
using GraphBuilder.Export;
using GraphBuilder.Extraction;

namespace GraphBuilder.Cli;

/// <summary>`graphbuilder build [INPUT...] [--out DIR] [--format ...]`: read articles, write the graph files.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Article files and/or folders (folders are searched for *.txt). Default: seeds",
            Arity = ArgumentArity.ZeroOrMore,
        };
        // An unknown "--option" would otherwise be taken as an INPUT path and reported as missing (exit 1, not 2).
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(t => t.Value))
                if (token.StartsWith('-') && !File.Exists(token) && !Directory.Exists(token))
                    result.AddError($"unknown option '{token}'");
        });
        var outDir = new Option<string>("--out", "-o")
        {
            Description = "Folder to write the graph files into",
            DefaultValueFactory = _ => "output",
        };
        var formats = new Option<string>("--format", "-f")
        {
            Description = $"Comma-separated output formats: {string.Join(",", GraphWriters.Names)}",
            DefaultValueFactory = _ => string.Join(",", GraphWriters.Names),
        };
        var timeout = RobustnessOptions.DocumentTimeout();
        var maxSize = RobustnessOptions.MaxFileSize();
        var command = new Command("build", "Build the graph from articles and write it in the chosen formats") { inputs, outDir, formats, timeout, maxSize };
        command.SetAction(parse => Run(
            parse.GetValue(inputs) is { Length: > 0 } given ? given : ["seeds"],
            parse.GetValue(outDir)!, parse.GetValue(formats)!, stdout, stderr,
            new BuildLimits(TimeSpan.FromSeconds(parse.GetValue(timeout)), (long)(parse.GetValue(maxSize) * 1048576))));
        return command;
    }

    public static int Run(string[] inputs, string outDir, string formatList, TextWriter stdout, TextWriter stderr, BuildLimits? limits = null)
    {
        limits ??= BuildLimits.Default;
        var writers = ParseFormats(formatList, out var unknown);
        if (unknown.Count > 0 || writers.Count == 0)
        {
            stderr.WriteLine($"graphbuilder: unknown format '{string.Join(",", unknown)}'; choose from {string.Join(", ", GraphWriters.Names)}");
            return ExitCodes.Usage;
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
        var result = new GraphPipeline(ExtractorFactory.Create(), documentTimeout: limits.DocumentTimeout)
            .Run(input.Files, skip => InputReport.Skipped(stderr, skip), onWarning: w => stderr.WriteLine($"graphbuilder: warning: {w}"));
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

    private static List<IGraphWriter> ParseFormats(string list, out List<string> unknown)
    {
        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        unknown = names.Where(n => GraphWriters.Find(n) is null).ToList();
        return names.Select(GraphWriters.Find).OfType<IGraphWriter>().Distinct().ToList();
    }

    private static List<string>? WriteAll(PipelineResult result, List<IGraphWriter> writers, string outDir, TextWriter stderr)
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
