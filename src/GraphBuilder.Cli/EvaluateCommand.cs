using System.CommandLine;
using System.Globalization;
using GraphBuilder.Evaluation;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GraphBuilder.Cli;

/// <summary>`graphbuilder evaluate GRAPH.json GOLD.json`: the metrics of ../shared/eval/score.py, in C#.</summary>
public static class EvaluateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var graph = new Argument<string>("GRAPH") { Description = "The graph.json that `build` wrote" };
        var gold = new Argument<string>("GOLD") { Description = "A hand annotation in the format of score.py's gold files" };
        var details = new Option<bool>("--details") { Description = "Also list false, missing, duplicate and leaked nodes and relations" };
        var command = new Command("evaluate", "Score a graph against a hand-annotated gold file") { graph, gold, details };
        command.SetAction(parse => Run(parse.GetValue(graph)!, parse.GetValue(gold)!, parse.GetValue(details), stdout, stderr));
        return command;
    }

    public static int Run(string graphPath, string goldPath, bool details, TextWriter stdout, TextWriter stderr)
    {
        JObject graph, gold;
        try
        {
            graph = Read(graphPath);
            gold = Read(goldPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            stderr.WriteLine($"graphbuilder: {e.Message}");
            return ExitCodes.Failure;
        }
        var report = GraphScorer.Score(graph, gold);
        foreach (var (name, value) in report.Metrics)
            stdout.WriteLine(GraphScorer.IsCount(name)
                ? $"{name,-28} {value.ToString("0", CultureInfo.InvariantCulture)}"
                : $"{name,-28} {value.ToString("0.000", CultureInfo.InvariantCulture)}");
        if (details)
            foreach (var (name, items) in report.Detail.Lists().Where(l => l.Items.Count > 0))
                stdout.WriteLine($"\n{name}:\n" + string.Join("\n", items.Select(i => "  " + i)));
        return ExitCodes.Success;
    }

    private static JObject Read(string path)
    {
        if (!File.Exists(path))
            throw new IOException($"{path}: file not found");
        try
        {
            return JObject.Parse(File.ReadAllText(path));
        }
        catch (JsonReaderException e)
        {
            throw new JsonReaderException($"{path}: not a JSON object ({e.Message})");
        }
    }
}
