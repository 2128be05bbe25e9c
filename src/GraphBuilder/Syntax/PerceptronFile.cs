namespace GraphBuilder.Syntax;

/// <summary>
/// Stores a perceptron compactly: weights quantised to 16 bits against the table's largest magnitude,
/// those under the pruning threshold dropped, the rest written as (gap, value) pairs. The model file is
/// GZip-compressed as a whole, which shrinks the gaps further.
/// </summary>
internal static class PerceptronFile
{
    public static void Write(BinaryWriter writer, Perceptron model, float prune)
    {
        var weights = model.Weights;
        var max = 0f;
        foreach (var w in weights)
            max = Math.Max(max, Math.Abs(w));
        var scale = max > 0 ? max / short.MaxValue : 1f;
        writer.Write(model.Classes);
        writer.Write(model.Bits);
        writer.Write(scale);
        var previous = -1;
        for (var i = 0; i < weights.Length; i++)
        {
            var q = (short)Math.Round(weights[i] / scale);
            if (q == 0 || Math.Abs(weights[i]) < prune)
                continue;
            writer.Write7BitEncodedInt(i - previous);
            writer.Write(q);
            previous = i;
        }
        writer.Write7BitEncodedInt(0);
    }

    public static Perceptron Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var bits = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var table = new QuantizedTable.Builder(classes, bits, scale);
        var index = -1;
        while (reader.Read7BitEncodedInt() is var gap and > 0)
        {
            index += gap;
            table.Add(index, reader.ReadInt16());
        }
        return new Perceptron(bits, table.Build());
    }
}
