namespace GraphBuilder.Syntax;

internal sealed partial class QuantizedTable
{
    /// <summary>
    /// Builds a table from its non-zero weights given in increasing order of their index in the dense
    /// table (row x classes + class), the order of the model file, so a sparse table never exists densely.
    /// </summary>
    public sealed class Builder
    {
        private readonly int _classes;
        private readonly float _scale;
        private readonly int _rows;
        private readonly HugePageBuffer<short> _dense;
        private readonly HugePageBuffer<int> _starts;
        private readonly List<int> _entries = [];
        private int _lastIndex = -1;
        private int _nextRow;

        public Builder(int classes, int bits, float scale)
        {
            if (classes is < 1 or > ushort.MaxValue || bits is < 1 or > 30)
                throw new InvalidDataException($"a perceptron table of {classes} classes and {bits} bits cannot be read");
            _classes = classes;
            _scale = scale;
            _rows = 1 << bits;
            _dense = new HugePageBuffer<short>(IsDense(classes) ? (long)_rows * classes : 0);
            _starts = new HugePageBuffer<int>(IsDense(classes) ? 0 : _rows + 1);
        }

        /// <summary>Optimised from the first call: it is called once per weight of the file, millions of times.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public void Add(int index, short weight)
        {
            if (index <= _lastIndex || index / _classes >= _rows)
                throw new InvalidDataException($"weight index {index} out of order or out of range");
            _lastIndex = index;
            if (IsDense(_classes))
            {
                _dense[index] = weight;
                return;
            }
            StartRows(index / _classes);
            if (weight != 0)
                _entries.Add((weight << 16) | (index % _classes));
        }

        /// <summary>Every row up to this one starts at the current end of the pairs (rows skipped are empty).</summary>
        private void StartRows(int row)
        {
            for (; _nextRow <= row; _nextRow++)
                _starts[_nextRow] = _entries.Count;
        }

        public QuantizedTable Build()
        {
            if (!IsDense(_classes))
                StartRows(_rows);
            var entries = new HugePageBuffer<int>(_entries.Count);
            entries.CopyFrom(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_entries));
            return new QuantizedTable(_classes, _scale, _rows, _dense, _starts, entries);
        }
    }
}
