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
    }

    public IReadOnlyList<string> Tags { get; }

    /// <summary>Normalised form -> tag for frequent, unambiguous words.</summary>
    public IReadOnlyDictionary<string, int> Dictionary { get; }

    /// <summary>Normalised form -> the tags the treebank gives it, as one feature value ("NN|VB").</summary>
    public IReadOnlyDictionary<string, string> Ambiguity { get; }

    public Perceptron Model { get; }

    public int[] Tag(IReadOnlyList<string> forms)
    {
        var words = WordInfo.Describe(forms, Ambiguity);
        var tags = new int[forms.Count];
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[Model.Classes];
        for (var i = 0; i < tags.Length; i++)
        {
            if (Dictionary.TryGetValue(WordInfo.Normalise(forms[i]), out var known))
            {
                tags[i] = known;
                continue;
            }
            var count = Features(words, i, Previous(tags, i, 1), Previous(tags, i, 2), features);
            Model.Score(features[..count], scores);
            tags[i] = ArgMax(scores[..Model.Classes]);
        }
        return tags;
    }

    public static int Previous(int[] tags, int i, int back) => i - back >= 0 ? tags[i - back] : -1 - back;

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
            if (scores[i] > scores[best])
                best = i;
        return best;
    }

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

    private static WordInfo At(WordInfo[] words, int i) =>
        i < 0 ? WordInfo.Padding with { Lower = 2 } : i >= words.Length ? WordInfo.Padding with { Lower = 3 } : words[i];
}
