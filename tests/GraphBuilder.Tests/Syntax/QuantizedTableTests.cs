using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Syntax;

/// <summary>The stored layouts (dense for few classes, non-zero pairs for many) score exactly as the dense weights.</summary>
public class QuantizedTableTests
{
    [TestCase(3, 8)]
    [TestCase(20, 5)]
    [TestCase(51, 6)]
    [TestCase(107, 7)]
    public void ScoresAndDenseWeightsAreThoseOfTheWeightsAdded(int classes, int bits)
    {
        var random = new Random(classes);
        var dense = new short[(1 << bits) * classes];
        for (var i = 0; i < dense.Length; i++)
            dense[i] = random.Next(4) == 0 ? (short)random.Next(short.MinValue, short.MaxValue + 1) : (short)0;
        var builder = new QuantizedTable.Builder(classes, bits, 0.5f);
        for (var i = 0; i < dense.Length; i++)
            if (dense[i] != 0)
                builder.Add(i, dense[i]);
        var table = builder.Build();
        int[] rows = [5, 0, (1 << bits) - 1, 5, 17];
        var scores = new float[classes];
        table.Score(rows, scores);
        var expected = Enumerable.Range(0, classes).Select(c => rows.Sum(r => dense[r * classes + c]) * 0.5f).ToArray();
        Assert.That(scores, Is.EqualTo(expected));
        Assert.That(table.ToDense(), Is.EqualTo(dense));
    }

    [Test]
    public void WeightsOutOfOrderAreRefused()
    {
        var builder = new QuantizedTable.Builder(3, 4, 1f);
        builder.Add(7, 1);
        Assert.Throws<InvalidDataException>(() => builder.Add(7, 2));
    }
}
