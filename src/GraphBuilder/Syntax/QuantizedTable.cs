using System.Numerics;
using System.Runtime.Intrinsics.X86;

namespace GraphBuilder.Syntax;

/// <summary>
/// The read-only weights of a trained perceptron as the model file stores them: 16-bit integers times one
/// scale. Half the bytes of floats, so a feature row costs half the cache lines; rows are summed exactly in
/// 32-bit integers and scaled once, so the scores do not depend on the order of the features.
/// </summary>
internal sealed class QuantizedTable
{
    public QuantizedTable(int classes, int bits, float scale)
    {
        Classes = classes;
        Shift = 64 - bits;
        Scale = scale;
        Weights = new short[(1 << bits) * classes];
    }

    public int Classes { get; }

    public int Shift { get; }

    public float Scale { get; }

    public short[] Weights { get; }

    /// <summary>
    /// Sums the rows of the features (the first index of each row given). A first pass prefetches every cache
    /// line the rows need, so their misses overlap; the second adds rows already in cache.
    /// </summary>
    public void Score(ReadOnlySpan<int> rows, Span<float> scores)
    {
        Prefetch(rows);
        Span<int> sums = stackalloc int[Classes + Vector<int>.Count * 2];
        sums.Clear();
        foreach (var row in rows)
            Add(sums, Weights.AsSpan(row, Classes));
        for (var c = 0; c < Classes; c++)
            scores[c] = sums[c] * Scale;
    }

    /// <summary>Asks for every cache line of the rows at once (the first and last line of each), without waiting for any.</summary>
    private unsafe void Prefetch(ReadOnlySpan<int> rows)
    {
        if (!Sse.IsSupported)
            return;
        fixed (short* weights = Weights)
            foreach (var row in rows)
            {
                for (var k = 0; k < Classes; k += 32)
                    Sse.Prefetch0(weights + row + k);
                Sse.Prefetch0(weights + row + Classes - 1);
            }
    }

    private static void Add(Span<int> sums, ReadOnlySpan<short> row)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
            for (; i <= row.Length - Vector<short>.Count; i += Vector<short>.Count)
            {
                Vector.Widen(new Vector<short>(row[i..]), out var low, out var high);
                (new Vector<int>(sums[i..]) + low).CopyTo(sums[i..]);
                (new Vector<int>(sums[(i + Vector<int>.Count)..]) + high).CopyTo(sums[(i + Vector<int>.Count)..]);
            }
        for (; i < row.Length; i++)
            sums[i] += row[i];
    }
}
