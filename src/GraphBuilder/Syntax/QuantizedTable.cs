using System.Numerics;
using System.Runtime.Intrinsics.X86;

namespace GraphBuilder.Syntax;

/// <summary>
/// The read-only weights of a trained perceptron as the model file stores them: 16-bit integers times one
/// scale. A table of few classes (the transitions) is kept dense, one short row per feature row. A table
/// of many classes (tags, labels) keeps only its non-zero (class, weight) pairs, row after row, with each
/// row's start: their rows hold 2-5 non-zero weights out of 51-107 classes, so a dense row was four cache
/// lines read for a few weights, and the tables ten times the size of the caches. Rows are summed exactly
/// in 32-bit integers and scaled once, so the scores are those of the dense table, whatever the layout.
/// </summary>
internal sealed partial class QuantizedTable
{
    private const int DenseClasses = 4;
    private const int IntsPerLine = 16;

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

    /// <summary>Asks for every cache line of the rows, without waiting for any.</summary>
    private unsafe void PrefetchDense(ReadOnlySpan<int> rows)
    {
        var dense = _dense.Pointer;
        if (Sse.IsSupported)
            foreach (var row in rows)
            {
                Sse.Prefetch0(dense + row * Classes);
                Sse.Prefetch0(dense + row * Classes + Classes - 1);
            }
    }

    private unsafe void PrefetchSparse(ReadOnlySpan<int> rows)
    {
        var starts = _starts.Pointer;
        var entries = _entries.Pointer;
        if (!Sse.IsSupported)
            return;
        foreach (var row in rows)
            Sse.Prefetch0(starts + row);
        foreach (var row in rows)
            for (var e = starts[row]; e < starts[row + 1]; e += IntsPerLine)
                Sse.Prefetch0(entries + e);
    }

    private unsafe void AddDense(ReadOnlySpan<int> rows, Span<int> sums)
    {
        var dense = _dense.Pointer;
        PrefetchDense(rows);
        if (Classes == 3)
        {
            AddThree(dense, rows, sums);
            return;
        }
        foreach (var row in rows)
            for (var c = 0; c < Classes; c++)
                sums[c] += dense[row * Classes + c];
    }

    /// <summary>The transition table's three classes summed in registers, not through the span.</summary>
    private static unsafe void AddThree(short* dense, ReadOnlySpan<int> rows, Span<int> sums)
    {
        int a = 0, b = 0, c = 0;
        foreach (var row in rows)
        {
            var weights = dense + row * 3;
            (a, b, c) = (a + weights[0], b + weights[1], c + weights[2]);
        }
        (sums[0], sums[1], sums[2]) = (a, b, c);
    }

    private unsafe void AddSparse(ReadOnlySpan<int> rows, Span<int> sums)
    {
        var starts = _starts.Pointer;
        var entries = _entries.Pointer;
        PrefetchSparse(rows);
        foreach (var row in rows)
        {
            var end = starts[row + 1];
            for (var e = starts[row]; e < end; e++)
            {
                var entry = entries[e];
                sums[entry & 0xFFFF] += entry >> 16;
            }
        }
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
