using GraphBuilder.Extraction;

namespace GraphBuilder.Cli;

/// <summary>
/// How `build` reports while it reads: Stderr is the writer every message goes through (on a terminal with
/// progress, a StatusLineWriter that keeps the status line below the messages); Start gives the progress of one run.
/// </summary>
public sealed class ProgressDisplay
{
    private readonly StatusLineWriter? _status;
    private readonly bool _verbose;

    private ProgressDisplay(TextWriter stderr, StatusLineWriter? status, bool verbose)
    {
        Stderr = stderr;
        _status = status;
        _verbose = verbose;
    }

    public TextWriter Stderr { get; }

    /// <summary>showStatus: stderr is a terminal and --quiet was not given; verbose: --verbose.</summary>
    public static ProgressDisplay Choose(TextWriter stderr, bool showStatus, bool verbose)
    {
        var status = showStatus ? new StatusLineWriter(stderr) : null;
        return new ProgressDisplay(status ?? stderr, status, verbose);
    }

    public Run Start(IReadOnlyList<string> files) =>
        new(_status is null && !_verbose ? null : new BuildProgress(files, Stderr, _status, _verbose));

    /// <summary>One build's progress; without status line or --verbose it does nothing and wraps nothing.</summary>
    public sealed class Run(BuildProgress? progress)
    {
        public IDocumentExtractor Wrap(IDocumentExtractor extractor) =>
            progress is null ? extractor : new ProgressExtractor(extractor, progress);

        public void Finish() => progress?.Finish();
    }
}
