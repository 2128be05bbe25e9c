using System.CommandLine;
using System.Globalization;
using GraphBuilder.Syntax;

namespace GraphBuilder.Cli;

/// <summary>`graphbuilder evaluate-syntax GOLD.conllu`: tags and parses the gold words with a model and scores it.</summary>
public static class EvaluateSyntaxCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var gold = new Argument<string>("GOLD") { Description = "A CoNLL-U file with gold annotation" };
        var model = new Option<string?>("--model") { Description = "A model file from train-syntax (default: the built-in model)" };
        var command = new Command("evaluate-syntax", "Score the tagger and parser on gold-tokenised CoNLL-U (UPOS, XPOS, lemma, UAS, LAS)") { gold, model };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(model), stdout, stderr));
        return command;
    }

    public static int Run(string goldPath, string? modelPath, TextWriter stdout, TextWriter stderr)
    {
        foreach (var path in new[] { goldPath, modelPath }.OfType<string>())
            if (!File.Exists(path))
            {
                stderr.WriteLine($"graphbuilder: {path}: file not found");
                return ExitCodes.Failure;
            }
        var model = modelPath is null ? SyntaxModels.BuiltIn : SyntaxModels.Load(modelPath);
        Print(SyntaxEvaluator.Evaluate(model, ConllU.ReadFile(goldPath)), stdout);
        return ExitCodes.Success;
    }

    public static void Print(SyntaxScores scores, TextWriter stdout)
    {
        stdout.WriteLine($"words  {scores.Words}");
        foreach (var (name, value) in new[] { ("UPOS", scores.Upos), ("XPOS", scores.Xpos), ("lemma", scores.Lemma), ("UAS", scores.Uas), ("LAS", scores.Las) })
            stdout.WriteLine($"{name,-6} {value.ToString("0.0000", CultureInfo.InvariantCulture)}");
    }
}
