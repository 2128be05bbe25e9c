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
        var labels = parser.Labels.ToList();
        _cc = labels.IndexOf("cc");
        _conj = labels.IndexOf("conj");
        _fronted = new FrontedSubjectTags(_upos, _xpos, ["VBD", "VBZ", "VBP"],
            [.. new[] { "nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl" }.Select(n => labels.IndexOf(n)).Where(i => i >= 0)],
            labels.IndexOf("nsubj"), _conj, labels.IndexOf("appos"), _cc, labels.IndexOf("flat"),
            labels.IndexOf("advcl"), labels.IndexOf("mark"));
        _caseOrder = new CaseOrderLabels(labels.IndexOf("case"), labels.IndexOf("compound"), labels.IndexOf("nmod"), labels.IndexOf("obj"), labels.IndexOf("obl"));
        _participles = new ParticipleLabels(labels.IndexOf("amod"), labels.IndexOf("nsubj"), labels.IndexOf("xcomp"));
        _strayConjunctions = new StrayConjunctionLabels(_conj, _cc, labels.IndexOf("appos"));
        _subjects = new SubjectLabels(labels.IndexOf("nsubj"), labels.IndexOf("appos"), labels.IndexOf("obj"), labels.IndexOf("obl"), labels.IndexOf("cop"), labels.IndexOf("conj"));
        _clauses = new SmallClauseLabels(labels.IndexOf("nsubj"), labels.IndexOf("obj"), labels.IndexOf("obl:unmarked"), labels.IndexOf("cop"), labels.IndexOf("xcomp"));
    }

    private readonly int _cc;
    private readonly int _conj;
    private readonly SubjectLabels _subjects;
    private readonly SmallClauseLabels _clauses;
    private readonly CaseOrderLabels _caseOrder;
    private readonly ParticipleLabels _participles;
    private readonly StrayConjunctionLabels _strayConjunctions;
    private readonly FrontedSubjectTags _fronted;

    private readonly string[] _upos;
    private readonly string[] _xpos;

    internal Tagger Tagger { get; }

    internal Lemmatizer Lemmatizer { get; }

    internal DependencyParser Parser { get; }

    public IReadOnlyList<AnalysedWord> Analyse(IReadOnlyList<string> forms)
    {
        if (forms.Count == 0)
            return Array.Empty<AnalysedWord>();
        var tags = Tagger.Tag(forms);
        var tagNames = new string[forms.Count];
        var lemmas = new string[forms.Count];
        for (var i = 0; i < lemmas.Length; i++)
        {
            tagNames[i] = Tagger.Tags[tags[i]];
            lemmas[i] = Lemmatizer.Lemma(forms[i], tagNames[i]);
        }
        var state = Parser.Parse(new ParserInput(forms, tagNames, lemmas));
        StrayConjunctionRepair.Apply(state.Heads, state.Labels, tags, _upos, _strayConjunctions);
        CoordinationRepair.Apply(state.Heads, state.Labels, _cc, _conj);
        CaseOrderRepair.Apply(state.Heads, state.Labels, tags, _upos, _caseOrder);
        ParticipleClauseRepair.Apply(state.Heads, state.Labels, tags, _upos, _participles);
        SubjectRepair.Apply(state.Heads, state.Labels, forms, _subjects);
        SubjectRepair.ApplyOblique(state.Heads, state.Labels, tags, _upos, _subjects);
        SmallClauseRepair.Apply(state.Heads, state.Labels, tags, _upos, _clauses);
        FrontedSubjectRepair.Apply(state.Heads, state.Labels, forms, tags, _fronted);
        ConjunctSubjectRepair.Apply(state.Heads, state.Labels, tags, _fronted);
        AsideVerbRepair.Apply(state.Heads, state.Labels, forms, tags, _fronted);
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
