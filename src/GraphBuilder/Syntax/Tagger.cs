using System.Runtime.CompilerServices;

namespace GraphBuilder.Syntax;

/// <summary>
/// Greedy left-to-right part-of-speech tagger: an averaged perceptron over the combined "UPOS|XPOS" tags,
/// with the words two either side, suffixes, prefixes, shape and the two previous tags. Frequent words
/// that the treebank always tags the same way take their tag from the tag dictionary.
/// </summary>
internal sealed class Tagger
{
    public const int Bits = 18;
    public const int MaxFeatures = 40;

    public Tagger(IReadOnlyList<string> tags, IReadOnlyDictionary<string, int> dictionary, IReadOnlyDictionary<string, string> ambiguity, Perceptron model)
    {
        Tags = tags;
        Dictionary = dictionary;
        Ambiguity = ambiguity;
        Model = model;
        _known = new Dictionary<string, int>(dictionary, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _ambiguityHashes = ambiguity.ToDictionary(p => p.Key, p => FeatureHash.Of(p.Value), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<string> Tags { get; }

    /// <summary>Normalised form -> tag for frequent, unambiguous words.</summary>
    public IReadOnlyDictionary<string, int> Dictionary { get; }

    /// <summary>Normalised form -> the tags the treebank gives it, as one feature value ("NN|VB").</summary>
    public IReadOnlyDictionary<string, string> Ambiguity { get; }

    public Perceptron Model { get; }

    /// <summary>The two maps looked up by the normalised form on the stack, the ambiguity already hashed: no string per word.</summary>
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _known;

    private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _ambiguityHashes;

    public int[] Tag(IReadOnlyList<string> forms)
    {
        var words = new WordInfo[forms.Count];
        var tags = new int[forms.Count];
        for (var i = 0; i < tags.Length; i++)
            tags[i] = Describe(forms[i], out words[i]);
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[Model.Classes];
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i] >= 0)
                continue;
            var count = Features(words, i, Previous(tags, i, 1), Previous(tags, i, 2), features);
            Model.Score(features[..count], scores);
            tags[i] = ArgMax(scores[..Model.Classes]);
        }
        return tags;
    }

    /// <summary>The word's hashed properties, and its tag if the dictionary has it (else -1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Describe(string form, out WordInfo word)
    {
        Span<char> buffer = form.Length <= 128 ? stackalloc char[form.Length] : new char[form.Length];
        var lower = WordInfo.Normalise(form, buffer);
        word = WordInfo.Of(form, lower, _ambiguityHashes.TryGetValue(lower, out var ambiguity) ? ambiguity : WordInfo.NoAmbiguity);
        return _known.TryGetValue(lower, out var known) ? known : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Previous(int[] tags, int i, int back) => i - back >= 0 ? tags[i - back] : -1 - back;

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
            if (scores[i] > scores[best])
                best = i;
        return best;
    }

    /// <summary>Optimised from the first call: without a loop it would start unoptimised, calling each hash mixer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Features(WordInfo[] words, int i, int p1, int p2, Span<ulong> f)
    {
        var w0 = words[i];
        var wm1 = At(words, i - 1);
        var wm2 = At(words, i - 2);
        var wp1 = At(words, i + 1);
        var wp2 = At(words, i + 2);
        ulong t1 = (ulong)(p1 + 7), t2 = (ulong)(p2 + 7);
        var n = 0;
        f[n++] = FeatureHash.F(0, 0);
        f[n++] = FeatureHash.F(1, w0.Lower);
        f[n++] = FeatureHash.F(2, w0.Suffix1);
        f[n++] = FeatureHash.F(3, w0.Suffix2);
        f[n++] = FeatureHash.F(4, w0.Suffix3);
        f[n++] = FeatureHash.F(5, w0.Suffix4);
        f[n++] = FeatureHash.F(6, w0.Prefix1);
        f[n++] = FeatureHash.F(7, w0.Prefix3);
        f[n++] = FeatureHash.F(8, w0.Shape);
        f[n++] = FeatureHash.F(9, wm1.Lower);
        f[n++] = FeatureHash.F(10, wm2.Lower);
        f[n++] = FeatureHash.F(11, wp1.Lower);
        f[n++] = FeatureHash.F(12, wp2.Lower);
        f[n++] = FeatureHash.F(13, t1);
        f[n++] = FeatureHash.F(14, t2);
        f[n++] = FeatureHash.F(15, t1, t2);
        f[n++] = FeatureHash.F(16, t1, w0.Lower);
        f[n++] = FeatureHash.F(17, wm1.Suffix3);
        f[n++] = FeatureHash.F(18, wp1.Suffix3);
        f[n++] = FeatureHash.F(19, wm1.Lower, w0.Lower);
        f[n++] = FeatureHash.F(20, w0.Lower, wp1.Lower);
        f[n++] = FeatureHash.F(21, w0.Form);
        f[n++] = FeatureHash.F(22, w0.Shape, i == 0 ? 1UL : 2UL);
        f[n++] = FeatureHash.F(23, t1, w0.Suffix3);
        f[n++] = FeatureHash.F(24, wp1.Shape, wp2.Suffix1);
        f[n++] = FeatureHash.F(25, wm1.Shape, w0.Shape, wp1.Shape);
        f[n++] = FeatureHash.F(26, t1, wp1.Lower);
        f[n++] = FeatureHash.F(27, wp1.Suffix2);
        f[n++] = FeatureHash.F(28, w0.Ambiguity);
        f[n++] = FeatureHash.F(29, wp1.Ambiguity);
        f[n++] = FeatureHash.F(30, wp2.Ambiguity);
        f[n++] = FeatureHash.F(31, t1, w0.Ambiguity);
        f[n++] = FeatureHash.F(32, w0.Ambiguity, wp1.Ambiguity);
        f[n++] = FeatureHash.F(33, wm1.Lower, t1, w0.Suffix2);
        f[n++] = FeatureHash.F(34, w0.Shape, wp1.Shape);
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static WordInfo At(WordInfo[] words, int i) =>
        i < 0 ? WordInfo.Padding with { Lower = 2 } : i >= words.Length ? WordInfo.Padding with { Lower = 3 } : words[i];
}
