namespace GraphBuilder.Syntax;

/// <summary>
/// Trains the tagger: the tag set and tag dictionary from the training words, then epochs of greedy
/// decoding with perceptron updates over seeded shuffles. With a dev set, the epoch that tags it best is kept.
/// </summary>
internal static class TaggerTrainer
{
    private const int DictionaryMinCount = 20;
    private const double DictionaryMinShare = 0.97;
    private const int AmbiguityMinCount = 2;

    public static string TagOf(ConllLine word) => word.Upos + "|" + word.Xpos;

    public static Tagger Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence>? dev, int epochs, int seed, TextWriter? log)
    {
        var tags = train.SelectMany(s => s.Words).Select(TagOf).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var dictionary = BuildDictionary(train, index);
        var ambiguity = BuildAmbiguity(train);
        var data = train.Select(s => (Words: WordInfo.Describe(s.Words.Select(w => w.Form).ToList(), ambiguity),
            Gold: s.Words.Select(w => index[TagOf(w)]).ToArray(), Forms: s.Words.Select(w => WordInfo.Normalise(w.Form)).ToArray())).ToList();
        var model = new Perceptron(tags.Count, Tagger.Bits, training: true);
        var random = new Random(seed);
        Tagger? best = null;
        var bestScore = -1.0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            Shuffle(data, random);
            foreach (var (words, gold, forms) in data)
                TrainSentence(model, dictionary, words, gold, forms);
            if (dev is null)
                continue;
            var candidate = new Tagger(tags, dictionary, ambiguity, model.AveragedCopy());
            var score = Accuracy(candidate, dev);
            log?.WriteLine($"tagger epoch {epoch}: dev tag accuracy {score:F4}");
            if (score > bestScore)
                (best, bestScore) = (candidate, score);
        }
        return best ?? new Tagger(tags, dictionary, ambiguity, model.AveragedCopy());
    }

    private static void TrainSentence(Perceptron model, Dictionary<string, int> dictionary, WordInfo[] words, int[] gold, string[] forms)
    {
        var tags = new int[words.Length];
        Span<ulong> features = stackalloc ulong[Tagger.MaxFeatures];
        Span<float> scores = stackalloc float[model.Classes];
        for (var i = 0; i < words.Length; i++)
        {
            if (dictionary.TryGetValue(forms[i], out var known))
            {
                tags[i] = known;
                continue;
            }
            var count = Tagger.Features(words, i, Tagger.Previous(tags, i, 1), Tagger.Previous(tags, i, 2), features);
            model.Score(features[..count], scores);
            var guess = Tagger.ArgMax(scores[..model.Classes]);
            model.Update(features[..count], gold[i], guess);
            model.Tick();
            tags[i] = guess;
        }
    }

    private static Dictionary<string, int> BuildDictionary(IReadOnlyList<ConllSentence> train, Dictionary<string, int> index)
    {
        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in train.SelectMany(s => s.Words).GroupBy(w => WordInfo.Normalise(w.Form), StringComparer.Ordinal))
        {
            var counts = group.GroupBy(TagOf).Select(g => (Tag: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ThenBy(g => g.Tag, StringComparer.Ordinal).First();
            var total = group.Count();
            if (total >= DictionaryMinCount && counts.Count >= DictionaryMinShare * total)
                dictionary[group.Key] = index[counts.Tag];
        }
        return dictionary;
    }

    /// <summary>Words seen at least twice -> the tags given them at least 5% of the time, sorted and joined.</summary>
    private static Dictionary<string, string> BuildAmbiguity(IReadOnlyList<ConllSentence> train)
    {
        var ambiguity = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in train.SelectMany(s => s.Words).GroupBy(w => WordInfo.Normalise(w.Form), StringComparer.Ordinal))
        {
            var total = group.Count();
            if (total < AmbiguityMinCount)
                continue;
            var tags = group.GroupBy(w => w.Xpos, StringComparer.Ordinal).Where(g => g.Count() >= 0.05 * total).Select(g => g.Key).Order(StringComparer.Ordinal);
            ambiguity[group.Key] = string.Join('|', tags);
        }
        return ambiguity;
    }

    public static double Accuracy(Tagger tagger, IReadOnlyList<ConllSentence> sentences)
    {
        int right = 0, total = 0;
        foreach (var sentence in sentences)
        {
            var predicted = tagger.Tag(sentence.Words.Select(w => w.Form).ToList());
            for (var i = 0; i < predicted.Length; i++, total++)
                if (tagger.Tags[predicted[i]] == TagOf(sentence.Words[i]))
                    right++;
        }
        return total == 0 ? 0 : (double)right / total;
    }

    public static void Shuffle<T>(IList<T> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
