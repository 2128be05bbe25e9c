using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// Multi-word phrases keyed by their token keys, found by longest match at a token position.
/// With ignoreCase, "interior minister" finds "Interior Minister".
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, T> _phrases;

    public PhraseTable(bool ignoreCase = false) =>
        _phrases = new Dictionary<string, T>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    public int MaxTokens { get; private set; }

    public void Add(string phrase, T value)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 0)
            return;
        _phrases.TryAdd(Key(tokens, 0, tokens.Count), value);
        MaxTokens = Math.Max(MaxTokens, tokens.Count);
    }

    /// <summary>The longest phrase starting at tokens[at] and ending before limit: its token count and value.</summary>
    public (int Length, T? Value) Longest(IReadOnlyList<Token> tokens, int at, int limit = int.MaxValue)
    {
        var max = Math.Min(MaxTokens, Math.Min(limit, tokens.Count) - at);
        for (var n = max; n >= 1; n--)
            if (_phrases.TryGetValue(Key(tokens, at, n), out var value))
                return (n, value);
        return (0, default);
    }

    public bool Contains(string phrase) => _phrases.ContainsKey(phrase.Replace('\u2019', '\''));

    public bool TryGet(string phrase, out T? value) => _phrases.TryGetValue(phrase.Replace('\u2019', '\''), out value);

    public int Count => _phrases.Count;

    private static string Key(IReadOnlyList<Token> tokens, int at, int n) =>
        n == 1 ? tokens[at].Key : string.Join(' ', Enumerable.Range(at, n).Select(i => tokens[i].Key));
}
