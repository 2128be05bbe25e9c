namespace GraphBuilder.Syntax;

/// <summary>One analysed word: tags, lemma, head (0 = root) and relation.</summary>
public readonly record struct AnalysedWord(string Upos, string Xpos, string Lemma, int Head, string Relation);

/// <summary>
/// The trained tagger, lemmatiser and parser together: analyses a sentence given as its word forms.
/// Immutable once built, so one instance serves all threads.
/// </summary>
public sealed class SyntaxModel
{
    internal SyntaxModel(Tagger tagger, Lemmatizer lemmatizer, DependencyParser parser)
    {
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
        _upos = tagger.Tags.Select(t => t[..t.IndexOf('|')]).ToArray();
        _xpos = tagger.Tags.Select(t => t[(t.IndexOf('|') + 1)..]).ToArray();
        _repairLabels = new RepairLabels(_upos, _xpos, parser.Labels);
        _dayVerbs = new DayVerbTagRepair(tagger.Tags);
        _nameTags = new NameTags(tagger.Tags);
    }

    private readonly NameTags _nameTags;

    private readonly DayVerbTagRepair _dayVerbs;

    private readonly RepairLabels _repairLabels;

    private readonly string[] _upos;
    private readonly string[] _xpos;

    internal Tagger Tagger { get; }

    internal Lemmatizer Lemmatizer { get; }

    internal DependencyParser Parser { get; }

    /// <summary>Analyses the words; names[i], when given, says word i lies in a person's name (see NameTags).</summary>
    public IReadOnlyList<AnalysedWord> Analyse(IReadOnlyList<string> forms, IReadOnlyList<bool>? names = null)
    {
        if (forms.Count == 0)
            return Array.Empty<AnalysedWord>();
        forms = NameTags.CapitaliseHyphenedParts(forms, names);
        var tags = Tagger.Tag(forms);
        _dayVerbs.Apply(forms, tags);
        _nameTags.Apply(forms, tags, names);
        var tagNames = new string[forms.Count];
        var lemmas = new string[forms.Count];
        for (var i = 0; i < lemmas.Length; i++)
        {
            tagNames[i] = Tagger.Tags[tags[i]];
            lemmas[i] = Lemmatizer.Lemma(forms[i], tagNames[i]);
        }
        var state = Parser.Parse(new ParserInput(forms, tagNames, lemmas));
        ParseRepairs.Apply(state.Heads, state.Labels, forms, tags, _repairLabels);
        var words = new AnalysedWord[forms.Count];
        for (var i = 0; i < words.Length; i++)
        {
            var label = state.Labels[i + 1];
            words[i] = new AnalysedWord(_upos[tags[i]], _xpos[tags[i]], lemmas[i],
                state.Heads[i + 1], label >= 0 ? Parser.Labels[label] : "dep");
        }
        return words;
    }
}
