using System.Runtime.CompilerServices;

namespace GraphBuilder.Syntax;

/// <summary>
/// Features for labelling an arc at the moment it is made. The dependent has all its own dependents
/// then (it leaves the stack), so its case/mark words ("by", "with", "'s") are known; the head shows the
/// dependents it has so far (an aux:pass "was" before a passive subject).
/// </summary>
internal static class LabelFeatures
{
    public const int Max = 52;
    private const int MaxChildren = 6;

    /// <summary>Optimised from the first call: without a loop it would start unoptimised, calling each hash mixer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Extract(ParseState s, ParserInput x, int head, int dep, Span<ulong> f)
    {
        ulong hw = x.W(head), ht = x.T(head), dw = x.W(dep), dt = x.T(dep);
        var dir = dep < head ? 1UL : 2UL;
        var dist = ActionFeatures.Distance(head, dep);
        var n = 0;
        f[n++] = FeatureHash.F(100, dir);
        f[n++] = FeatureHash.F(101, ht, dir);
        f[n++] = FeatureHash.F(102, dt, dir);
        f[n++] = FeatureHash.F(103, hw, dir);
        f[n++] = FeatureHash.F(104, dw, dir);
        f[n++] = FeatureHash.F(105, ht, dt, dir);
        f[n++] = FeatureHash.F(106, hw, dt, dir);
        f[n++] = FeatureHash.F(107, ht, dw, dir);
        f[n++] = FeatureHash.F(108, FeatureHash.Mix(hw, dw), dir);
        f[n++] = FeatureHash.F(109, ht, dt, FeatureHash.Mix(dir, dist));
        f[n++] = FeatureHash.F(110, x.U(head), x.U(dep), dir);
        f[n++] = FeatureHash.F(111, dt, x.T(dep - 1 >= 0 ? dep - 1 : -1), dir);
        f[n++] = FeatureHash.F(112, dt, x.T(dep + 1 <= x.Count ? dep + 1 : -1), dir);
        f[n++] = FeatureHash.F(113, ht, x.T(head - 1 >= 0 ? head - 1 : -1), dt);
        f[n++] = FeatureHash.F(114, dt, s.LeftLabels[dep] + 7, s.RightLabels[dep] + 11);
        f[n++] = FeatureHash.F(115, ht, s.LeftLabels[head] + 7, dir);
        f[n++] = FeatureHash.F(116, ht, s.RightLabels[head] + 7, dir);
        f[n++] = FeatureHash.F(117, dt, Labelled(s, s.L1[dep]), dir);
        f[n++] = FeatureHash.F(118, dt, Labelled(s, s.R1[dep]), dir);
        f[n++] = FeatureHash.F(119, hw, s.LeftLabels[head] + 7, dt);
        f[n++] = FeatureHash.F(120, head == 0 ? 1UL : 2UL, dt);
        f[n++] = FeatureHash.F(121, dw, dt, ht);
        f[n++] = FeatureHash.F(124, ht, dt, x.Between(head, dep));
        f[n++] = FeatureHash.F(125, x.Shape(dep), x.Shape(head), dir);
        f[n++] = FeatureHash.F(126, x.L(head), dt, dir);
        f[n++] = FeatureHash.F(127, x.L(head), x.L(dep), dir);
        n = Children(s, x, dep, 122, ht, f, n);
        n = Children(s, x, head, 123, dt, f, n);
        return n;
    }

    /// <summary>Each dependent of the word, by label and word ("case by", "aux:pass was"), the first three also with the other end's tag.</summary>
    private static int Children(ParseState s, ParserInput x, int word, int template, ulong other, Span<ulong> f, int n)
    {
        var taken = 0;
        for (var i = 1; i <= x.Count && taken < MaxChildren; i++)
        {
            if (s.Heads[i] != word || i == word)
                continue;
            f[n++] = FeatureHash.F(template, (ulong)s.Labels[i], x.W(i), i < word ? 1UL : 2UL);
            if (taken < 3)
                f[n++] = FeatureHash.F(template + 10, (ulong)s.Labels[i], x.W(i), other);
            taken++;
        }
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Labelled(ParseState s, int word) => word < 0 ? 999 : (ulong)s.Labels[word];
}
