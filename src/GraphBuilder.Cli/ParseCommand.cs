using System.CommandLine;
using GraphBuilder.Documents;
using GraphBuilder.Syntax;

namespace GraphBuilder.Cli;

/// <summary>
/// `graphbuilder parse FILE… [--out FILE]`: CoNLL-U of raw text, with our own sentence split and words,
/// "# text =" per sentence and each word's character offsets in MISC (TokenRange=start:end).
/// </summary>
public static class ParseCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("FILE") { Description = "Text files to parse", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "Write the CoNLL-U here instead of to stdout" };
        var model = new Option<string?>("--model") { Description = "A model file from train-syntax (default: the built-in model)" };
        var command = new Command("parse", "Tag and parse raw text files and write CoNLL-U") { files, output, model };
        command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(output), parse.GetValue(model), stdout, stderr));
        return command;
    }

    public static int Run(string[] files, string? output, string? modelPath, TextWriter stdout, TextWriter stderr)
    {
        var missing = files.Append(modelPath).OfType<string>().FirstOrDefault(f => !File.Exists(f));
        if (missing is not null)
        {
            stderr.WriteLine($"graphbuilder: {missing}: file not found");
            return ExitCodes.Failure;
        }
        var parser = new UdSentenceParser(modelPath is null ? SyntaxModels.BuiltIn : SyntaxModels.Load(modelPath));
        var sentences = files.SelectMany(f => RawTextParser.Parse(parser, Path.GetFileName(f), File.ReadAllText(f)));
        if (output is null)
        {
            ConllU.Write(stdout, sentences);
            return ExitCodes.Success;
        }
        using (var writer = new StreamWriter(output))
            ConllU.Write(writer, sentences);
        return ExitCodes.Success;
    }
}
