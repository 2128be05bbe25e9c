using System.Numerics;

namespace GraphBuilder.Syntax;

/// <summary>
/// A multi-class averaged perceptron over hashed features. Weights are laid out as feature row x class
/// vector, so scoring a feature adds one contiguous vector. Averaging uses the running-sum trick
/// (w_avg = w - u/c, with u summing c * delta), so an update costs the same as in the plain perceptron.
/// </summary>
internal sealed class Perceptron
{
    private readonly int _shift;
    private double[]? _totals;
    private int _step = 1;
    private readonly QuantizedTable? _quantized;
    private float[]? _weights;

    public Perceptron(int classes, int bits, bool training)
    {
        Classes = classes;
        Bits = bits;
        _shift = 64 - bits;
        _weights = new float[(1 << bits) * classes];
        _totals = training ? new double[_weights.Length] : null;
    }

    /// <summary>A trained model read from a file: scores from its 16-bit weights, never trained further.</summary>
    public Perceptron(int bits, QuantizedTable quantized)
    {
        Classes = quantized.Classes;
        Bits = bits;
        _shift = 64 - bits;
        _quantized = quantized;
    }

    public int Classes { get; }

    public int Bits { get; }

    /// <summary>The float weights (of a model read from a file: computed from its 16-bit weights on first use).</summary>
    public float[] Weights => _weights ??= Dequantize(_quantized!);

    private static float[] Dequantize(QuantizedTable table) => Array.ConvertAll(table.ToDense(), w => w * table.Scale);

    private int Row(ulong feature) => RowNumber(feature) * Classes;

    private int RowNumber(ulong feature) => (int)((feature * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>
    /// Sums the rows of the features. The rows are scattered over a table far larger than the caches, so a
    /// first pass touches every cache line they need with independent loads the processor overlaps; the
    /// second pass then adds rows that are already in cache instead of waiting for each miss in turn.
    /// </summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Span<int> rows = stackalloc int[features.Length];
        if (_quantized is not null)
        {
            for (var i = 0; i < rows.Length; i++)
                rows[i] = RowNumber(features[i]);
            _quantized.Score(rows, scores);
            return;
        }
        var touched = 0f;
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = Row(features[i]);
            for (var k = 0; k < Classes; k += 16)
                touched += Weights[rows[i] + k];
        }
        scores[..Classes].Clear();
        foreach (var row in rows)
            Add(scores, Weights.AsSpan(row, Classes));
        scores[0] += touched * 0f;
    }

    private static void Add(Span<float> acc, ReadOnlySpan<float> row)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
            for (; i <= row.Length - Vector<float>.Count; i += Vector<float>.Count)
                (new Vector<float>(acc[i..]) + new Vector<float>(row[i..])).CopyTo(acc[i..]);
        for (; i < row.Length; i++)
            acc[i] += row[i];
    }

    /// <summary>Counts one training example (an update or not): the clock of the averaging.</summary>
    public void Tick() => _step++;

    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess)
            return;
        foreach (var feature in features)
        {
            var row = Row(feature);
            Change(row + truth, 1);
            Change(row + guess, -1);
        }
    }

    private void Change(int index, float delta)
    {
        Weights[index] += delta;
        _totals![index] += _step * (double)delta;
    }

    /// <summary>Replaces the weights with their averages; the model cannot be trained further.</summary>
    public void Average()
    {
        for (var i = 0; i < Weights.Length; i++)
            Weights[i] -= (float)(_totals![i] / _step);
        _totals = null;
    }

    public Perceptron AveragedCopy()
    {
        var copy = new Perceptron(Classes, Bits, training: false);
        for (var i = 0; i < Weights.Length; i++)
            copy.Weights[i] = Weights[i] - (float)(_totals![i] / _step);
        return copy;
    }
}
