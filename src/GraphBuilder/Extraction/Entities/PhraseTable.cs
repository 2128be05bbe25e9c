using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// Multi-word phrases keyed by their token keys, found by longest match at a token position. Phrases are
/// indexed by their first word, so a lookup costs one dictionary probe and a few word comparisons.
/// With ignoreCase, "interior minister" finds "Interior Minister".
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst;
    private readonly StringComparison _comparison;

    public PhraseTable(bool ignoreCase = false)
    {
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        _byFirst = new Dictionary<string, List<(string[], T)>>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
    }

    public int MaxTokens { get; private set; }

    public int Count { get; private set; }

    public void Add(string phrase, T value)
    {
        var words = Tokenizer.Tokenize(phrase).Select(t => t.Key).ToArray();
        if (words.Length == 0)
            return;
        if (!_byFirst.TryGetValue(words[0], out var list))
            _byFirst[words[0]] = list = [];
        if (list.Any(p => p.Words.Length == words.Length && Same(p.Words, words)))
            return;
        list.Add((words, value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        MaxTokens = Math.Max(MaxTokens, words.Length);
        Count++;
    }

    /// <summary>The longest phrase starting at tokens[at] and ending before limit: its token count and value.</summary>
    public (int Length, T? Value) Longest(List<Token> tokens, int at, int limit = int.MaxValue)
    {
        if (at < 0 || at >= tokens.Count || !_byFirst.TryGetValue(tokens[at].Key, out var list))
            return (0, default);
        var available = Math.Min(limit, tokens.Count) - at;
        foreach (var (words, value) in list)
            if (words.Length <= available && Matches(words, tokens, at))
                return (words.Length, value);
        return (0, default);
    }

    public bool Contains(string phrase) => TryGet(phrase, out _);

    /// <summary>Whether the whole phrase is in the table. Answers are cached: the same names recur across articles.</summary>
    public bool TryGet(string phrase, out T? value)
    {
        if (_answers.TryGetValue(phrase, out var answer))
        {
            value = answer.Value;
            return answer.Found;
        }
        var found = Lookup(phrase, out value);
        if (_answers.Count < MaxCachedAnswers)
            _answers[phrase] = (found, value);
        return found;
    }

    private const int MaxCachedAnswers = 100_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (bool Found, T? Value)> _answers = new(StringComparer.Ordinal);

    private bool Lookup(string phrase, out T? value)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        var (length, found) = Longest(tokens, 0);
        var whole = length > 0 && length == tokens.Count;
        value = whole ? found : default;
        return whole;
    }

    private bool Matches(string[] words, List<Token> tokens, int at)
    {
        for (var k = 1; k < words.Length; k++)
            if (!string.Equals(words[k], tokens[at + k].Key, _comparison))
                return false;
        return true;
    }

    private bool Same(string[] a, string[] b) => a.Zip(b).All(p => string.Equals(p.First, p.Second, _comparison));
}
