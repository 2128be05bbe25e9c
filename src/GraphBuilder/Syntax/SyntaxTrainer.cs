namespace GraphBuilder.Syntax;

/// <summary>
/// Trains the whole model from CoNLL-U sentences: lemmatiser, tagger, then the parser on jack-knifed
/// tags (each quarter of the training data tagged by a tagger trained on the other three), so that it
/// learns from tags as noisy as the ones it will see. Deterministic for the same data and seed.
/// </summary>
public static class SyntaxTrainer
{
    private const int Folds = 4;

    public static SyntaxModel Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence>? dev, int epochs, int seed, TextWriter? log)
    {
        var lemmatizer = LemmatizerTrainer.Train(train);
        var tagger = TaggerTrainer.Train(train, dev, epochs, seed, log);
        var trainTags = JackKnife(train, epochs, seed, log);
        var labels = train.SelectMany(s => s.Words).Select(w => w.Deprel).Distinct().Order(StringComparer.Ordinal).ToList();
        var samples = train.Select((s, i) => Sample(s, trainTags[i], labels, lemmatizer, lift: true)).ToList();
        var devSamples = dev?.Select(s => Sample(s, Tag(tagger, s), labels, lemmatizer, lift: false)).ToList();
        var parser = ParserTrainer.Train(samples, labels, devSamples, epochs, seed, log);
        return new SyntaxModel(tagger, lemmatizer, parser);
    }

    private static string[][] JackKnife(IReadOnlyList<ConllSentence> train, int epochs, int seed, TextWriter? log)
    {
        var tags = new string[train.Count][];
        for (var fold = 0; fold < Folds; fold++)
        {
            var rest = train.Where((_, i) => i % Folds != fold).ToList();
            var tagger = TaggerTrainer.Train(rest, null, epochs, seed + fold + 1, null);
            for (var i = fold; i < train.Count; i += Folds)
                tags[i] = Tag(tagger, train[i]);
            log?.WriteLine($"jack-knife fold {fold + 1}/{Folds} tagged");
        }
        return tags;
    }

    private static string[] Tag(Tagger tagger, ConllSentence sentence) =>
        tagger.Tag(sentence.Words.Select(w => w.Form).ToList()).Select(t => tagger.Tags[t]).ToArray();

    private static ParserSample Sample(ConllSentence sentence, string[] tags, List<string> labels, Lemmatizer lemmatizer, bool lift)
    {
        var forms = sentence.Words.Select(w => w.Form).ToList();
        var n = sentence.Words.Count;
        var heads = new int[n + 1];
        var relations = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            heads[i + 1] = Math.Max(0, sentence.Words[i].HeadIndex);
            relations[i + 1] = labels.IndexOf(sentence.Words[i].Deprel);
        }
        var lemmas = forms.Select((f, i) => lemmatizer.Lemma(f, tags[i])).ToList();
        return new ParserSample(new ParserInput(forms, tags, lemmas), lift ? Projectivizer.Lift(heads) : heads, relations);
    }
}
