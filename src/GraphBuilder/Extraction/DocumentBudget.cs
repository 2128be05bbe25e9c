namespace GraphBuilder.Extraction;

/// <summary>
/// The time one document may take, ambient on the thread that extracts it, so that every loop of every
/// stage can check it without the budget being passed through each signature (and so a new stage cannot
/// forget to take it). GraphPipeline opens one per document; Check is one read of the coarse millisecond
/// clock (Environment.TickCount64, a few ns; the fine clock of Stopwatch costs about 100 ns on a virtual
/// machine, which was 2% of the build), cheap enough for every sentence and every mention loop. Regex calls
/// are bounded by their own match timeout (Text.Patterns). Outside a budget (unit tests calling an extractor directly) Check does nothing.
/// </summary>
public sealed class DocumentBudget : IDisposable
{
    /// <summary>
    /// The slowest real, seed or dev article takes under 0.1 s to extract (README, robustness figures);
    /// 30 s leaves a 300-fold margin for a slower machine, a loaded one and the parser stage still to come.
    /// </summary>
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(30);

    [ThreadStatic]
    private static DocumentBudget? _current;

    private readonly DocumentBudget? _outer;
    private readonly long _deadline;

    private DocumentBudget(TimeSpan limit)
    {
        Limit = limit;
        _outer = _current;
        _deadline = Environment.TickCount64 + (long)limit.TotalMilliseconds;
    }

    public TimeSpan Limit { get; }

    /// <summary>Opens a budget on this thread until the returned object is disposed.</summary>
    public static DocumentBudget Start(TimeSpan limit) => _current = new DocumentBudget(limit);

    /// <summary>Throws DocumentBudgetExceededException when the current document is over its time.</summary>
    public static void Check()
    {
        var budget = _current;
        if (budget is not null && Environment.TickCount64 >= budget._deadline)
            throw new DocumentBudgetExceededException(budget.Limit);
    }

    public void Dispose() => _current = _outer;
}

/// <summary>A document ran over its budget; the pipeline skips it and names it on stderr.</summary>
public sealed class DocumentBudgetExceededException(TimeSpan limit)
    : Exception($"took longer than its {limit.TotalSeconds:0.###} s budget (--document-timeout)")
{
    public TimeSpan Limit { get; } = limit;
}
