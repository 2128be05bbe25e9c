using System.CommandLine;
using GraphBuilder.Documents;
using GraphBuilder.Extraction;

namespace GraphBuilder.Cli;

/// <summary>`build`'s limits: the time one document may take and the largest file read.</summary>
public static class RobustnessOptions
{
    public static Option<double> DocumentTimeout() => new("--document-timeout")
    {
        Description = $"Seconds one document may take before it is skipped (default {DocumentBudget.DefaultLimit.TotalSeconds:0})",
        DefaultValueFactory = _ => DocumentBudget.DefaultLimit.TotalSeconds,
        Validators = { r => { if (r.GetValueOrDefault<double>() is not (> 0 and <= 86400)) r.AddError("--document-timeout must be between 0 and 86400 seconds"); } },
    };

    public static Option<double> MaxFileSize() => new("--max-file-size")
    {
        Description = $"Largest input file read, in MB; larger ones are skipped (default {InputFiles.DefaultMaxFileBytes / 1048576})",
        DefaultValueFactory = _ => InputFiles.DefaultMaxFileBytes / 1048576.0,
        Validators = { r => { if (r.GetValueOrDefault<double>() is not > 0) r.AddError("--max-file-size must be a positive number of MB"); } },
    };
}

/// <summary>The limits of one build run.</summary>
public sealed record BuildLimits(TimeSpan DocumentTimeout, long MaxFileBytes)
{
    public static BuildLimits Default { get; } = new(DocumentBudget.DefaultLimit, InputFiles.DefaultMaxFileBytes);
}
