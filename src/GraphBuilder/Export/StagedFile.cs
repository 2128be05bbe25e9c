namespace GraphBuilder.Export;

/// <summary>
/// One file of an OutputSet: written to a temporary beside its target, then swapped in (the old file kept
/// aside until the whole set is in place, so it can be put back).
/// </summary>
internal sealed class StagedFile(string target)
{
    private readonly string _temp = Sibling(target, "tmp");
    private readonly string _aside = Sibling(target, "old");
    private bool _hasAside;

    public void Stage(Action<Stream> write)
    {
        if (Directory.Exists(target))
            throw new IOException($"a folder of that name is in the way: {target}");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var stream = new FileStream(_temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        write(stream);
        stream.Flush(flushToDisk: true);
    }

    public void Commit()
    {
        if (File.Exists(target))
        {
            File.Move(target, _aside);
            _hasAside = true;
        }
        File.Move(_temp, target);
    }

    /// <summary>Puts the old file back (or removes the new one where there was none).</summary>
    public void RollBack()
    {
        if (_hasAside)
            File.Move(_aside, target, overwrite: true);
        else
            File.Delete(target);
        _hasAside = false;
    }

    /// <summary>The whole set is in place: the old file is no longer needed.</summary>
    public void Forget()
    {
        if (_hasAside)
            File.Delete(_aside);
        _hasAside = false;
    }

    public void Discard()
    {
        TryDelete(_temp);
        if (_hasAside && !File.Exists(target))
            File.Move(_aside, target);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the temporary's name starts with '.', so a left-over one hides from listings.
        }
    }

    private static string Sibling(string target, string kind) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.{kind}");
}
