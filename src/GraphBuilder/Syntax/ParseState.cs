using System.Runtime.CompilerServices;

namespace GraphBuilder.Syntax;

/// <summary>
/// An arc-hybrid configuration: a stack (word 0, the root, at the bottom), the buffer front, and the arcs
/// so far with, per word, its two leftmost and two rightmost dependents, valencies and dependent label sets
/// (the features of Zhang and Nivre 2011). The root takes its single dependent only once the buffer is empty.
/// Its accessors are marked for inlining: the feature extractors read them about 300 times a word and, past
/// the JIT's inlining budget of those long methods, called their unoptimised first-tier copies for most of a
/// short run (a tenth of the tag+parse samples in a profile of the benchmark).
/// </summary>
internal sealed class ParseState
{
    public const int Shift = 0, Left = 1, Right = 2;

    public ParseState(int words)
    {
        Count = words;
        var n = words + 1;
        Stack = new int[n];
        (Heads, Labels, L1, L2, R1, R2) = (Filled(n, -1), Filled(n, -1), Filled(n, -1), Filled(n, -1), Filled(n, -1), Filled(n, -1));
        (LeftCount, RightCount, LeftLabels, RightLabels) = (new int[n], new int[n], new ulong[n], new ulong[n]);
        Depth = 1;
        Buffer = 1;
    }

    /// <summary>Words in the sentence, not counting the root.</summary>
    public int Count { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }

    public int[] Stack { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }
    public int Depth { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; private set; }
    public int Buffer { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; private set; }
    public int[] Heads { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }
    public int[] Labels { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }
    public int[] L1 { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }
    public int[] L2 { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }
    public int[] R1 { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }
    public int[] R2 { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }
    public int[] LeftCount { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }
    public int[] RightCount { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }
    public ulong[] LeftLabels { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }
    public ulong[] RightLabels { [MethodImpl(MethodImplOptions.AggressiveInlining)] get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int S(int i) => Depth > i ? Stack[Depth - 1 - i] : -1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int B(int i) => Buffer + i <= Count ? Buffer + i : -1;

    public bool BufferEmpty { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => Buffer > Count; }

    public bool Terminal { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => BufferEmpty && Depth == 1; }

    public bool CanShift { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => !BufferEmpty; }

    public bool CanLeft { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => !BufferEmpty && Depth > 1; }

    public bool CanRight { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => Depth > 2 || (Depth == 2 && BufferEmpty); }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsValid(int action) => action switch { Shift => CanShift, Left => CanLeft, _ => CanRight };

    /// <summary>The arc an action would add: (head, dependent), or (-1, -1) for a shift.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (int Head, int Dependent) ArcOf(int action) => action switch
    {
        Left => (Buffer, S(0)),
        Right => (S(1), S(0)),
        _ => (-1, -1),
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Apply(int action, int label)
    {
        if (action == Shift)
        {
            Stack[Depth++] = Buffer++;
            return;
        }
        var (head, dependent) = ArcOf(action);
        Depth--;
        AddArc(head, dependent, label);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= 1UL << (label & 63);
            if (L1[head] < 0 || dependent < L1[head])
                (L2[head], L1[head]) = (L1[head], dependent);
            else if (L2[head] < 0 || dependent < L2[head])
                L2[head] = dependent;
            return;
        }
        RightCount[head]++;
        RightLabels[head] |= 1UL << (label & 63);
        if (R1[head] < 0 || dependent > R1[head])
            (R2[head], R1[head]) = (R1[head], dependent);
        else if (R2[head] < 0 || dependent > R2[head])
            R2[head] = dependent;
    }

    private static int[] Filled(int n, int value)
    {
        var array = new int[n];
        Array.Fill(array, value);
        return array;
    }
}
