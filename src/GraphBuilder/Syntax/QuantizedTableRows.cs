using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace GraphBuilder.Syntax;

/// <summary>
/// Reading rows: every cache line a row needs is asked for before any is read, so the misses of a
/// decision's 30-95 scattered rows overlap instead of queueing.
/// </summary>
internal sealed partial class QuantizedTable
{
    /// <summary>Asks for every cache line of the rows, without waiting for any.</summary>
    private unsafe void PrefetchDense(ReadOnlySpan<int> rows)
    {
        var dense = _dense.Pointer;
        if (!Sse.IsSupported)
            return;
        foreach (var row in rows)
        {
            for (var c = 0; c < Classes; c += ShortsPerLine)
                Sse.Prefetch0(dense + row * Classes + c);
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
            AddWide(dense + row * Classes, sums);
    }

    /// <summary>One dense row added 16 weights at a time, widened to 32 bits so the sums stay exact.</summary>
    private unsafe void AddWide(short* row, Span<int> sums)
    {
        var c = 0;
        fixed (int* sum = sums)
        {
            for (; c + 16 <= Classes; c += 16)
            {
                var (low, high) = Vector256.Widen(Vector256.Load(row + c));
                (Vector256.Load(sum + c) + low).Store(sum + c);
                (Vector256.Load(sum + c + 8) + high).Store(sum + c + 8);
            }
            for (; c < Classes; c++)
                sum[c] += row[c];
        }
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
}
