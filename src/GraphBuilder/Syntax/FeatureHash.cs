using System.Runtime.CompilerServices;

namespace GraphBuilder.Syntax;

/// <summary>
/// Stable 64-bit hashes for features: FNV-1a over the characters of a string (string.GetHashCode is
/// randomised per process, which would make models unusable across runs) and a mixer that combines a
/// template number with up to three values. The mixers are inlined: a parsed word computes about 250 of them.
/// </summary>
internal static class FeatureHash
{
    public const ulong None = 0x5bd1e9955bd1e995UL;

    public static ulong Of(string text) => Of(text.AsSpan());

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
            hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong a, ulong b)
    {
        var h = (a ^ (b * 0x9E3779B97F4A7C15UL)) * 0xBF58476D1CE4E5B9UL;
        return h ^ (h >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong F(int template, ulong a) => Mix((ulong)template * 0x94D049BB133111EBUL + 1, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong F(int template, ulong a, ulong b) => Mix(F(template, a), b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong F(int template, ulong a, ulong b, ulong c) => Mix(Mix(F(template, a), b), c);
}
