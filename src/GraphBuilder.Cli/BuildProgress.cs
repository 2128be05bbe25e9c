using System.Diagnostics;
using System.Globalization;
using System.Text;
using GraphBuilder.Documents;

namespace GraphBuilder.Cli;

/// <summary>
/// What `build` tells the person at the keyboard while it reads: on a terminal, a status line with files done of
/// total, MB read, MB/s, elapsed time and ETA, redrawn at most ten times a second; with --verbose, one line per file
/// (terminal or not). Our own few lines rather than Spectre.Console: one line of text needs no rendering library,
/// the output must go through the same stderr writer as every other message (tests drive it in-process), and
/// nothing here may colour or re-flow a log when stderr is a file.
/// </summary>
public sealed class BuildProgress
{
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);
    private readonly StatusLineWriter? _status;
    private readonly TextWriter _stderr;
    private readonly bool _verbose;
    private readonly int _totalFiles;
    private readonly long _totalBytes;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private int _files;
    private long _bytes;
    private TimeSpan _drawnAt = TimeSpan.FromSeconds(-1);

    public BuildProgress(IReadOnlyList<string> files, TextWriter stderr, StatusLineWriter? status, bool verbose)
    {
        _stderr = stderr;
        _status = status;
        _verbose = verbose;
        _totalFiles = files.Count;
        _totalBytes = files.Sum(SizeOf);
    }

    /// <summary>One document was read and extracted (called from the pipeline's worker threads).</summary>
    public void Done(SourceDocument document)
    {
        lock (_gate)
        {
            _files++;
            _bytes += Encoding.UTF8.GetByteCount(document.Text);
            if (_verbose)
                _stderr.WriteLine($"graphbuilder: read {document.Path} ({_files}/{_totalFiles})");
            if (_status is not null && _clock.Elapsed - _drawnAt >= RedrawEvery)
            {
                _drawnAt = _clock.Elapsed;
                _status.SetStatus(Line());
            }
        }
    }

    /// <summary>Removes the status line and leaves one closing line on the terminal.</summary>
    public void Finish()
    {
        if (_status is null)
            return;
        lock (_gate)
        {
            _status.SetStatus("");
            _stderr.WriteLine($"graphbuilder: read {_files} of {_totalFiles} files, {Megabytes(_bytes)} MB in {Clock(_clock.Elapsed)} ({Rate()} MB/s)");
        }
    }

    public string Line()
    {
        var elapsed = _clock.Elapsed;
        var fraction = _totalBytes > 0 ? Math.Min(1.0, (double)_bytes / _totalBytes) : (double)_files / Math.Max(1, _totalFiles);
        var eta = fraction > 0 ? TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - fraction) / fraction) : (TimeSpan?)null;
        var width = _totalFiles.ToString(CultureInfo.InvariantCulture).Length;
        return string.Create(CultureInfo.InvariantCulture,
            $"[{_files.ToString().PadLeft(width)}/{_totalFiles}] {fraction * 100,3:0}%  {Megabytes(_bytes)} of {Megabytes(_totalBytes)} MB  " +
            $"{Rate()} MB/s  elapsed {Clock(elapsed)}  ETA {(eta is { } e ? Clock(e) : "?")}");
    }

    private string Rate() => (_bytes / 1e6 / Math.Max(_clock.Elapsed.TotalSeconds, 0.001)).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Two decimals below 10 MB, so a small folder does not read "0.0 of 0.0 MB".</summary>
    private static string Megabytes(long bytes) => (bytes / 1e6).ToString(bytes < 10_000_000 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    private static string Clock(TimeSpan t) =>
        t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : t.ToString(@"m\:ss", CultureInfo.InvariantCulture);

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
