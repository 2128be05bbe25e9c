namespace GraphBuilder.Syntax;

/// <summary>
/// The ISentenceParser of the pipeline: UD tokenisation of the sentence span, then the model's tags,
/// lemmas and parse, with each word's offsets into the text. Uses the embedded model unless given one.
/// </summary>
public sealed class UdSentenceParser : ISentenceParser
{
    private readonly Lazy<SyntaxModel> _model;

    public UdSentenceParser() => _model = new Lazy<SyntaxModel>(() => SyntaxModels.BuiltIn);

    public UdSentenceParser(SyntaxModel model) => _model = new Lazy<SyntaxModel>(model);

    public static UdSentenceParser Shared { get; } = new();

    public SentenceParse Parse(string text, int start, int end) => Parse(text, start, end, []);

    public SentenceParse Parse(string text, int start, int end, IReadOnlyList<(int Start, int End)> names)
    {
        var tokens = UdTokenizer.Tokenize(text, start, end);
        if (tokens.Count == 0)
            return SentenceParse.Empty;
        var inName = names.Count == 0 ? null : InName(tokens, names);
        var analysed = _model.Value.Analyse(tokens.Select(t => t.Form).ToList(), inName);
        var words = new SyntaxWord[tokens.Count];
        for (var i = 0; i < words.Length; i++)
        {
            var (t, a) = (tokens[i], analysed[i]);
            words[i] = new SyntaxWord(i + 1, t.Form, a.Lemma, a.Upos, a.Xpos, a.Head, a.Relation, t.Start, t.End);
        }
        return new SentenceParse(words);
    }

    /// <summary>Whether each token lies inside one of the names (plain loops: a closure per token was a tenth of a parse's allocations).</summary>
    private static List<bool> InName(List<UdToken> tokens, IReadOnlyList<(int Start, int End)> names)
    {
        var inName = new List<bool>(tokens.Count);
        foreach (var t in tokens)
        {
            var inside = false;
            for (var j = 0; j < names.Count && !inside; j++)
                inside = names[j].Start <= t.Start && t.End <= names[j].End;
            inName.Add(inside);
        }
        return inName;
    }
}
