namespace GraphBuilder.Syntax;

/// <summary>Learns the lemmatiser's suffix rules and its lexicon of exceptions from treebank words.</summary>
internal static class LemmatizerTrainer
{
    public static Lemmatizer Train(IReadOnlyList<ConllSentence> train)
    {
        var words = train.SelectMany(s => s.Words).Where(w => w.Lemma != "_" || w.Form == "_").ToList();
        var rules = Rules(words);
        var rulesOnly = new Lemmatizer(new Dictionary<string, string>(), rules);
        var lexicon = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in words.GroupBy(w => w.Form + "\t" + TaggerTrainer.TagOf(w), StringComparer.Ordinal))
        {
            var lemma = MostFrequent(group.Select(w => w.Lemma));
            var tag = group.Key[(group.Key.IndexOf('\t') + 1)..];
            if (rulesOnly.Lemma(group.First().Form, tag) != lemma)
                lexicon[group.Key] = lemma;
        }
        return new Lemmatizer(lexicon, rules);
    }

    private static Dictionary<string, string> Rules(List<ConllLine> words)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var rule = Lemmatizer.RuleFor(word.Form, word.Lemma);
            var lower = word.Form.ToLowerInvariant();
            for (var k = 0; k <= Math.Min(Lemmatizer.MaxSuffix, lower.Length); k++)
            {
                var key = word.Xpos + "\t" + lower[^k..];
                if (!counts.TryGetValue(key, out var byRule))
                    counts[key] = byRule = new Dictionary<string, int>(StringComparer.Ordinal);
                byRule[rule] = byRule.GetValueOrDefault(rule) + 1;
            }
        }
        var best = counts.Where(p => p.Value.Values.Sum() >= 2 || p.Key.EndsWith('\t'))
            .ToDictionary(p => p.Key, p => MostFrequent(p.Value), StringComparer.Ordinal);
        return best.Where(p => !SameAsShorter(best, p.Key, p.Value)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>A rule that its one-letter-shorter suffix already gives is redundant: lookup falls back to it.</summary>
    private static bool SameAsShorter(Dictionary<string, string> rules, string key, string rule)
    {
        var tab = key.IndexOf('\t');
        if (key.Length == tab + 1)
            return false;
        var shorter = key[..(tab + 1)] + key[(tab + 2)..];
        return rules.TryGetValue(shorter, out var parent) && parent == rule;
    }

    private static string MostFrequent(IEnumerable<string> values) =>
        MostFrequent(values.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));

    private static string MostFrequent(Dictionary<string, int> counts) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
}
