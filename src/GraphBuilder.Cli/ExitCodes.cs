namespace GraphBuilder.Cli;

/// <summary>Process exit codes, as documented in the README.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    /// <summary>The graph was written, but some input documents could not be read and were skipped.</summary>
    public const int SomeSkipped = 3;
}
