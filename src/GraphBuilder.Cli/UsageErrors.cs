using System.CommandLine;
using System.CommandLine.Parsing;

namespace GraphBuilder.Cli;

/// <summary>
/// Turns System.CommandLine's parse errors into one short message each, in our words: an unknown command with the
/// closest one ("bulid" → build), a missing argument named once (the parser reports it once per argument), and the
/// command's own --help to try.
/// </summary>
public static class UsageErrors
{
    public static void Print(ParseResult parse, TextWriter stderr)
    {
        var command = parse.CommandResult.Command;
        var messages = parse.Errors.Select(e => Rewrite(e, parse)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var message in messages)
            stderr.WriteLine($"graphbuilder: {message}");
        stderr.WriteLine($"Try '{CommandPath(parse.CommandResult)} --help'.");
    }

    private static string Rewrite(ParseError error, ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var subcommands = command.Subcommands.Select(c => c.Name).ToList();
        if (subcommands.Count > 0 && parse.UnmatchedTokens.FirstOrDefault() is { } unknown && !unknown.StartsWith('-'))
            return $"unknown command '{unknown}'.{DidYouMean.Hint(unknown, subcommands)} Commands: {string.Join(", ", subcommands)}";
        if (subcommands.Count > 0 && parse.Tokens.Count == 0)
            return $"no command given. Commands: {string.Join(", ", subcommands)}";
        if (error.SymbolResult is ArgumentResult or CommandResult && MissingArguments(parse.CommandResult) is { Count: > 0 } missing)
            return $"'{command.Name}' needs {string.Join(" and ", missing)}: {Usage(command)}";
        if (parse.UnmatchedTokens.FirstOrDefault() is { } option && option.StartsWith('-'))
            return $"unknown option '{option}'.{DidYouMean.Hint(option, OptionNames(command))}";
        return error.Message;
    }

    private static List<string> MissingArguments(CommandResult result) =>
        result.Command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0)
            .Where(a => result.GetResult(a) is not { Tokens.Count: > 0 }).Select(a => a.Name).ToList();

    private static string Usage(Command command) =>
        "graphbuilder " + command.Name + " " + string.Join(" ", command.Arguments.Select(a => a.Arity.MinimumNumberOfValues > 0 ? a.Name : $"[{a.Name}...]")) +
        (command.Options.Any() ? " [options]" : "");

    public static IEnumerable<string> OptionNames(Command command) =>
        command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c; r = c.Parent)
            names.Insert(0, c.Command.Name);
        return string.Join(" ", names);
    }
}
