using System.Runtime.CompilerServices;

namespace GraphBuilder.Syntax;

/// <summary>
/// Features of an arc-hybrid configuration for choosing shift/left/right, after Zhang and Nivre (2011):
/// words and tags of s0-s2 and b0-b2, pairs and triples of them, the distance s0-b0 and s1-s0, valencies,
/// the leftmost/rightmost dependents (second order and third order), and the label sets of s0 and b0.
/// </summary>
internal static class ActionFeatures
{
    public const int Max = 96;

    /// <summary>Optimised from the first call: without a loop it would start unoptimised, calling each hash mixer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Extract(ParseState s, ParserInput x, Span<ulong> f)
    {
        int s0 = s.S(0), s1 = s.S(1), s2 = s.S(2), b0 = s.B(0), b1 = s.B(1), b2 = s.B(2);
        ulong s0w = x.W(s0), s0t = x.T(s0), s1w = x.W(s1), s1t = x.T(s1), b0w = x.W(b0), b0t = x.T(b0);
        ulong b1w = x.W(b1), b1t = x.T(b1), b2t = x.T(b2), s2t = x.T(s2);
        int s0l1 = Child(s.L1, s0), s0l2 = Child(s.L2, s0), s0r1 = Child(s.R1, s0), s0r2 = Child(s.R2, s0);
        int b0l1 = Child(s.L1, b0), b0l2 = Child(s.L2, b0), s1r1 = Child(s.R1, s1), s1l1 = Child(s.L1, s1);
        var d = Distance(s0, b0);
        var d1 = Distance(s1, s0);
        var n = 0;
        f[n++] = FeatureHash.F(0, 0);
        f[n++] = FeatureHash.F(1, s0w);
        f[n++] = FeatureHash.F(2, s0t);
        f[n++] = FeatureHash.F(3, s0w, s0t);
        f[n++] = FeatureHash.F(4, s1w);
        f[n++] = FeatureHash.F(5, s1t);
        f[n++] = FeatureHash.F(6, s1w, s1t);
        f[n++] = FeatureHash.F(7, b0w);
        f[n++] = FeatureHash.F(8, b0t);
        f[n++] = FeatureHash.F(9, b0w, b0t);
        f[n++] = FeatureHash.F(10, b1w);
        f[n++] = FeatureHash.F(11, b1t);
        f[n++] = FeatureHash.F(12, b1w, b1t);
        f[n++] = FeatureHash.F(13, b2t);
        f[n++] = FeatureHash.F(14, x.W(b2));
        f[n++] = FeatureHash.F(15, s2t);
        f[n++] = FeatureHash.F(16, Mix(s0w, s0t), Mix(b0w, b0t));
        f[n++] = FeatureHash.F(17, Mix(s0w, s0t), b0w);
        f[n++] = FeatureHash.F(18, s0w, Mix(b0w, b0t));
        f[n++] = FeatureHash.F(19, Mix(s0w, s0t), b0t);
        f[n++] = FeatureHash.F(20, s0t, Mix(b0w, b0t));
        f[n++] = FeatureHash.F(21, s0w, b0w);
        f[n++] = FeatureHash.F(22, s0t, b0t);
        f[n++] = FeatureHash.F(23, b0t, b1t);
        f[n++] = FeatureHash.F(24, Mix(s1w, s1t), Mix(s0w, s0t));
        f[n++] = FeatureHash.F(25, Mix(s1w, s1t), s0t);
        f[n++] = FeatureHash.F(26, s1t, Mix(s0w, s0t));
        f[n++] = FeatureHash.F(27, s1w, s0w);
        f[n++] = FeatureHash.F(28, s1t, s0t);
        f[n++] = FeatureHash.F(29, b0t, b1t, b2t);
        f[n++] = FeatureHash.F(30, s0t, b0t, b1t);
        f[n++] = FeatureHash.F(31, s1t, s0t, b0t);
        f[n++] = FeatureHash.F(32, s2t, s1t, s0t);
        f[n++] = FeatureHash.F(33, s1t, s0t, b1t);
        f[n++] = FeatureHash.F(34, s0t, x.T(s0l1), b0t);
        f[n++] = FeatureHash.F(35, s0t, x.T(s0r1), b0t);
        f[n++] = FeatureHash.F(36, s0t, b0t, x.T(b0l1));
        f[n++] = FeatureHash.F(37, s1t, s0t, x.T(s0l1));
        f[n++] = FeatureHash.F(38, s1t, s0t, x.T(s0r1));
        f[n++] = FeatureHash.F(39, s1t, x.T(s1r1), s0t);
        f[n++] = FeatureHash.F(40, s0w, d);
        f[n++] = FeatureHash.F(41, s0t, d);
        f[n++] = FeatureHash.F(42, b0w, d);
        f[n++] = FeatureHash.F(43, b0t, d);
        f[n++] = FeatureHash.F(44, Mix(s0w, b0w), d);
        f[n++] = FeatureHash.F(45, s0t, b0t, d);
        f[n++] = FeatureHash.F(46, s1t, s0t, d1);
        f[n++] = FeatureHash.F(47, s1w, s0w, d1);
        f[n++] = FeatureHash.F(48, s0w, Valency(s.RightCount, s0));
        f[n++] = FeatureHash.F(49, s0t, Valency(s.RightCount, s0));
        f[n++] = FeatureHash.F(50, s0w, Valency(s.LeftCount, s0));
        f[n++] = FeatureHash.F(51, s0t, Valency(s.LeftCount, s0));
        f[n++] = FeatureHash.F(52, b0w, Valency(s.LeftCount, b0));
        f[n++] = FeatureHash.F(53, b0t, Valency(s.LeftCount, b0));
        f[n++] = FeatureHash.F(54, s1t, Valency(s.RightCount, s1));
        f[n++] = FeatureHash.F(55, x.W(s0l1));
        f[n++] = FeatureHash.F(56, x.T(s0l1));
        f[n++] = FeatureHash.F(57, Label(s, s0l1));
        f[n++] = FeatureHash.F(58, x.W(s0r1));
        f[n++] = FeatureHash.F(59, x.T(s0r1));
        f[n++] = FeatureHash.F(60, Label(s, s0r1));
        f[n++] = FeatureHash.F(61, x.W(b0l1));
        f[n++] = FeatureHash.F(62, x.T(b0l1));
        f[n++] = FeatureHash.F(63, Label(s, b0l1));
        f[n++] = FeatureHash.F(64, x.T(s0l2), Label(s, s0l2));
        f[n++] = FeatureHash.F(65, x.T(s0r2), Label(s, s0r2));
        f[n++] = FeatureHash.F(66, x.T(b0l2), Label(s, b0l2));
        f[n++] = FeatureHash.F(67, s0t, x.T(s0l1), x.T(s0l2));
        f[n++] = FeatureHash.F(68, s0t, x.T(s0r1), x.T(s0r2));
        f[n++] = FeatureHash.F(69, b0t, x.T(b0l1), x.T(b0l2));
        f[n++] = FeatureHash.F(70, s0w, Set(s.RightLabels, s0));
        f[n++] = FeatureHash.F(71, s0t, Set(s.RightLabels, s0));
        f[n++] = FeatureHash.F(72, s0w, Set(s.LeftLabels, s0));
        f[n++] = FeatureHash.F(73, s0t, Set(s.LeftLabels, s0));
        f[n++] = FeatureHash.F(74, b0w, Set(s.LeftLabels, b0));
        f[n++] = FeatureHash.F(75, b0t, Set(s.LeftLabels, b0));
        f[n++] = FeatureHash.F(76, s1t, Label(s, s1l1), Label(s, s1r1));
        f[n++] = FeatureHash.F(77, x.T(s0 - 1 > 0 ? s0 - 1 : -1), s0t, b0t);
        f[n++] = FeatureHash.F(78, s0t, b0t, x.T(b0 > 1 ? b0 - 1 : -1));
        f[n++] = FeatureHash.F(79, Mix(s1w, s0w), b0t);
        f[n++] = FeatureHash.F(80, s0t, b0t, x.Between(s0, b0));
        f[n++] = FeatureHash.F(81, s1t, s0t, x.Between(s1, s0));
        f[n++] = FeatureHash.F(82, b0t, x.Shape(b0));
        f[n++] = FeatureHash.F(83, s0t, x.Shape(s0));
        f[n++] = FeatureHash.F(84, x.U(s1), x.U(s0), x.U(b0));
        f[n++] = FeatureHash.F(85, x.U(s0), x.U(b0), d);
        f[n++] = FeatureHash.F(86, b0w, b1w);
        f[n++] = FeatureHash.F(87, s0w, b0t, b1t);
        f[n++] = FeatureHash.F(88, x.Shape(s0), x.Shape(b0), x.Between(s0, b0));
        f[n++] = FeatureHash.F(89, x.L(s0), x.L(b0));
        f[n++] = FeatureHash.F(90, x.L(s0), b0t);
        f[n++] = FeatureHash.F(91, s0t, x.L(b0));
        f[n++] = FeatureHash.F(92, x.L(s1), x.L(s0));
        f[n++] = FeatureHash.F(93, x.L(b0), Label(s, b0l1));
        f[n++] = FeatureHash.F(94, x.L(s0), Set(s.RightLabels, s0));
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong a, ulong b) => FeatureHash.Mix(a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Child(int[] children, int head) => head < 0 ? -1 : children[head];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Label(ParseState s, int word) => word < 0 ? 999 : (ulong)s.Labels[word];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Valency(int[] counts, int word) => word < 0 ? 999 : (ulong)counts[word];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Set(ulong[] sets, int word) => word < 0 ? 999 : sets[word] + 1000;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Distance(int a, int b)
    {
        if (a < 0 || b < 0)
            return 0;
        var d = Math.Abs(b - a);
        return (ulong)(d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7);
    }
}
