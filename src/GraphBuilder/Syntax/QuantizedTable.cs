namespace GraphBuilder.Syntax;

/// <summary>
/// The read-only weights of a trained perceptron as the model file stores them: 16-bit integers times one
/// scale, in native memory on huge pages (HugePageBuffer). A table of up to DenseClasses classes (the
/// transitions, the labeller) is kept dense, one short row per feature row. The tagger's table keeps only
/// its non-zero (class, weight) pairs, row after row, with each row's start: its rows hold 4-5 non-zero
/// weights of 107 on average, and dense it would be 56 MB. Rows are summed exactly in 32-bit integers and
/// scaled once, so the scores are those of the dense table, whatever the layout.
/// </summary>
internal sealed partial class QuantizedTable
{
    /// <summary>
    /// Tables of up to this many classes are dense: the transitions (3) and the labeller (51: a row is 102
    /// bytes, the rows it reads hold 14 non-zero weights at the median, so sparse pairs took as many cache
    /// lines and a second round of misses for the row's start). The tagger's 107 classes stay sparse (dense,
    /// 56 MB instead of 3.5). The dense labeller costs 21 MB more and was 11% faster at tag+parse.
    /// </summary>
    private const int DenseClasses = 64;
    private const int IntsPerLine = 16, ShortsPerLine = 32;

    private readonly int _rows;
    private readonly HugePageBuffer<short> _dense;
    private readonly HugePageBuffer<int> _starts;
    private readonly HugePageBuffer<int> _entries;

    private QuantizedTable(int classes, float scale, int rows, HugePageBuffer<short> dense, HugePageBuffer<int> starts, HugePageBuffer<int> entries)
    {
        Classes = classes;
        Scale = scale;
        _rows = rows;
        _dense = dense;
        _starts = starts;
        _entries = entries;
    }

    public int Classes { get; }

    public float Scale { get; }

    private static bool IsDense(int classes) => classes <= DenseClasses;

    /// <summary>
    /// Sums the rows (row numbers) into the scores of every class. Prefetching first asks for every cache
    /// line the rows need, so their misses overlap instead of queueing (for sparse rows in two rounds:
    /// the starts, then all the lines of pairs they point to: the rows that are read hold 30 pairs of the
    /// tagger's 107 classes at the median, so two or three lines, and the last weight of a dense row can
    /// be on the next line).
    /// </summary>
    public void Score(ReadOnlySpan<int> rows, Span<float> scores)
    {
        Span<int> sums = stackalloc int[Classes];
        sums.Clear();
        if (IsDense(Classes))
            AddDense(rows, sums);
        else
            AddSparse(rows, sums);
        for (var c = 0; c < Classes; c++)
            scores[c] = sums[c] * Scale;
    }

    /// <summary>The table as dense 16-bit weights, row after row (for the float weights of a loaded model).</summary>
    public short[] ToDense()
    {
        var weights = new short[_rows * Classes];
        if (IsDense(Classes))
        {
            for (var i = 0; i < weights.Length; i++)
                weights[i] = _dense[i];
            return weights;
        }
        for (var row = 0; row < _rows; row++)
            for (var e = _starts[row]; e < _starts[row + 1]; e++)
                weights[row * Classes + (_entries[e] & 0xFFFF)] = (short)(_entries[e] >> 16);
        return weights;
    }
}
