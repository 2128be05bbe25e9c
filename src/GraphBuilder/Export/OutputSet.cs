using System.Runtime.InteropServices;

namespace GraphBuilder.Export;

/// <summary>
/// Writes a set of files all or nothing: every file goes to a temporary in its target's folder first; only
/// when all are written are they renamed into place, each old file moved aside first and put back if a later
/// rename fails. On any failure the temporaries are removed and the old files are as they were; a SIGINT or
/// SIGTERM while the temporaries are written removes them before the process ends.
/// </summary>
public static class OutputSet
{
    public static void Write(IReadOnlyList<(string Path, Action<Stream> Write)> files)
    {
        var staged = new List<StagedFile>();
        using var cleanup = OnSignal(() => staged.ForEach(s => s.Discard()));
        try
        {
            foreach (var (path, write) in files)
            {
                var file = new StagedFile(Path.GetFullPath(path));
                staged.Add(file);
                file.Stage(write);
            }
            Commit(staged);
        }
        finally
        {
            staged.ForEach(s => s.Discard());
        }
    }

    private static void Commit(List<StagedFile> staged)
    {
        var committed = new List<StagedFile>();
        try
        {
            foreach (var file in staged)
            {
                file.Commit();
                committed.Add(file);
            }
        }
        catch
        {
            committed.ForEach(f => f.RollBack());
            throw;
        }
        committed.ForEach(f => f.Forget());
    }

    private static IDisposable? OnSignal(Action cleanup)
    {
        if (OperatingSystem.IsWindows())
            return null;
        var handlers = new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM }
            .Select(signal => PosixSignalRegistration.Create(signal, _ => cleanup())).ToList();
        return new Registrations(handlers);
    }

    private sealed class Registrations(List<PosixSignalRegistration> handlers) : IDisposable
    {
        public void Dispose() => handlers.ForEach(h => h.Dispose());
    }
}
