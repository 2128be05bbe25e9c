namespace GraphBuilder.Syntax;

/// <summary>One training or evaluation sentence for the parser: its input and gold heads/labels (index 0 = root).</summary>
internal sealed record ParserSample(ParserInput Input, int[] Heads, int[] Labels);

/// <summary>
/// Trains the parser with the dynamic oracle and exploration (Goldberg and Nivre 2012): from the second
/// epoch on, the parser follows its own prediction 90% of the time, so it learns to recover from its
/// mistakes. Only projective sentences are used (the oracle is exact on them). With a dev set the epoch
/// with the best LAS is kept.
/// </summary>
internal static class ParserTrainer
{
    private const double Explore = 0.9;

    public static DependencyParser Train(IReadOnlyList<ParserSample> train, IReadOnlyList<string> labels,
        IReadOnlyList<ParserSample>? dev, int epochs, int seed, TextWriter? log)
    {
        var actions = new Perceptron(3, DependencyParser.ActionBits, training: true);
        var labeller = new Perceptron(labels.Count, DependencyParser.LabelBits, training: true);
        var trainer = new DependencyParser(labels, actions, labeller);
        var data = train.Where(t => DynamicOracle.IsProjective(t.Heads)).ToList();
        var random = new Random(seed);
        DependencyParser? best = null;
        var bestScore = -1.0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            TaggerTrainer.Shuffle(data, random);
            foreach (var sample in data)
                TrainSentence(trainer, sample, epoch > 1 ? Explore : 0, random);
            if (dev is null)
                continue;
            var candidate = new DependencyParser(labels, actions.AveragedCopy(), labeller.AveragedCopy());
            var (uas, las) = Score(candidate, dev);
            log?.WriteLine($"parser epoch {epoch}: dev UAS {uas:F4} LAS {las:F4}");
            if (las > bestScore)
                (best, bestScore) = (candidate, las);
        }
        return best ?? new DependencyParser(labels, actions.AveragedCopy(), labeller.AveragedCopy());
    }

    private static void TrainSentence(DependencyParser parser, ParserSample sample, double explore, Random random)
    {
        var (x, gold) = (sample.Input, sample.Heads);
        var s = new ParseState(x.Count);
        Span<ulong> features = stackalloc ulong[ActionFeatures.Max];
        Span<float> scores = stackalloc float[3];
        Span<int> costs = stackalloc int[3];
        Span<ulong> labelFeatures = stackalloc ulong[LabelFeatures.Max];
        Span<float> labelScores = stackalloc float[parser.Labeller.Classes];
        while (!s.Terminal)
        {
            var n = ActionFeatures.Extract(s, x, features);
            parser.Actions.Score(features[..n], scores);
            var guess = DependencyParser.BestValid(s, scores);
            var right = BestZeroCost(s, gold, scores, costs);
            if (costs[guess] > costs[right])
                parser.Actions.Update(features[..n], right, guess);
            parser.Actions.Tick();
            var next = costs[guess] == costs[right] || random.NextDouble() < explore ? guess : right;
            s.Apply(next, next == ParseState.Shift ? -1 : TrainLabel(parser, s, sample, next, labelFeatures, labelScores));
        }
    }

    private static int BestZeroCost(ParseState s, int[] gold, ReadOnlySpan<float> scores, Span<int> costs)
    {
        var best = -1;
        for (var a = 0; a < 3; a++)
        {
            costs[a] = s.IsValid(a) ? DynamicOracle.Cost(s, gold, a) : int.MaxValue;
            if (costs[a] == int.MaxValue)
                continue;
            if (best < 0 || costs[a] < costs[best] || (costs[a] == costs[best] && scores[a] > scores[best]))
                best = a;
        }
        return best;
    }

    /// <summary>Trains the labeller on a correct arc and gives it its gold label; a wrong arc gets the predicted label.</summary>
    private static int TrainLabel(DependencyParser parser, ParseState s, ParserSample sample, int action, Span<ulong> features, Span<float> scores)
    {
        var (head, dep) = s.ArcOf(action);
        var predicted = parser.LabelFor(s, sample.Input, head, dep, features, scores);
        if (head == 0 || sample.Heads[dep] != head)
            return predicted;
        var n = LabelFeatures.Extract(s, sample.Input, head, dep, features);
        parser.Labeller.Update(features[..n], sample.Labels[dep], predicted);
        parser.Labeller.Tick();
        return sample.Labels[dep];
    }

    public static (double Uas, double Las) Score(DependencyParser parser, IReadOnlyList<ParserSample> samples)
    {
        int total = 0, attached = 0, labelled = 0;
        foreach (var sample in samples)
        {
            var s = parser.Parse(sample.Input);
            for (var i = 1; i <= sample.Input.Count; i++, total++)
            {
                if (s.Heads[i] != sample.Heads[i])
                    continue;
                attached++;
                if (s.Labels[i] == sample.Labels[i])
                    labelled++;
            }
        }
        return total == 0 ? (0, 0) : ((double)attached / total, (double)labelled / total);
    }
}
