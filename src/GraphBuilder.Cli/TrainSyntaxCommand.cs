using System.CommandLine;
using System.Diagnostics;
using GraphBuilder.Syntax;

namespace GraphBuilder.Cli;

/// <summary>`graphbuilder train-syntax --train A.conllu[,B.conllu] --dev D.conllu --out FILE`: trains the tagger and parser.</summary>
public static class TrainSyntaxCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var train = new Option<string>("--train") { Description = "Training CoNLL-U files, comma-separated", Required = true };
        var dev = new Option<string?>("--dev") { Description = "A dev CoNLL-U file: each epoch is scored on it and the best is kept" };
        var output = new Option<string>("--out") { Description = "Where the model file goes", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffles (same data and seed give the same model bytes)", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Training epochs of the tagger and of the parser", DefaultValueFactory = _ => 12 };
        var command = new Command("train-syntax", "Train the part-of-speech tagger, lemmatiser and dependency parser on UD treebanks")
        {
            train, dev, output, seed, epochs,
        };
        command.SetAction(parse => Run(parse.GetValue(train)!, parse.GetValue(dev), parse.GetValue(output)!,
            parse.GetValue(seed), parse.GetValue(epochs), stdout, stderr));
        return command;
    }

    public static int Run(string train, string? dev, string output, int seed, int epochs, TextWriter stdout, TextWriter stderr)
    {
        var files = train.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var missing = files.Append(dev).OfType<string>().FirstOrDefault(f => !File.Exists(f));
        if (missing is not null)
        {
            stderr.WriteLine($"graphbuilder: {missing}: file not found");
            return ExitCodes.Failure;
        }
        var clock = Stopwatch.StartNew();
        var sentences = files.SelectMany(ConllU.ReadFile).ToList();
        var devSentences = dev is null ? null : ConllU.ReadFile(dev);
        stdout.WriteLine($"training on {sentences.Count} sentences, {epochs} epochs, seed {seed}");
        var model = SyntaxTrainer.Train(sentences, devSentences, epochs, seed, stdout);
        SyntaxModelFile.Write(output, model);
        stdout.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024} KiB) in {clock.Elapsed.TotalSeconds:F0} s");
        if (devSentences is not null)
            EvaluateSyntaxCommand.Print(SyntaxEvaluator.Evaluate(model, devSentences), stdout);
        return ExitCodes.Success;
    }
}
