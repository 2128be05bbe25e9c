namespace GraphBuilder.Syntax;

/// <summary>
/// The entity stage's people as the tagger's evidence: a capitalised word of a person's name that the tagger read as
/// an adverb, a verb, a preposition or another closed class ("Quint later met B", "Quint" an adverb; "Prime Minister
/// Will Venn", "Will" an auxiliary) is a proper noun. The tagger knows no names but the treebanks'; a parse then has
/// no subject. Nominal and adjective tags are kept (a title's "Foreign" is an adjective), so only tags no name can
/// have change.
/// </summary>
internal sealed class NameTags
{
    private static readonly HashSet<string> NoNameClasses = new(StringComparer.Ordinal)
    {
        "ADV", "VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "PART", "INTJ", "SYM", "X",
    };

    private readonly int _properNoun;
    private readonly bool[] _noName;

    public NameTags(IReadOnlyList<string> tags)
    {
        _properNoun = tags.ToList().IndexOf("PROPN|NNP");
        _noName = [.. tags.Select(t => NoNameClasses.Contains(t[..t.IndexOf('|')]))];
    }

    /// <summary>Retags the capitalised words flagged as parts of a person's name (names[i]) whose tag no name has.</summary>
    public void Apply(IReadOnlyList<string> forms, int[] tags, IReadOnlyList<bool>? names)
    {
        if (names is null || _properNoun < 0)
            return;
        for (var i = 0; i < forms.Count; i++)
            if (names[i] && _noName[tags[i]] && forms[i].Length > 0 && char.IsUpper(forms[i][0]))
                tags[i] = _properNoun;
    }

    /// <summary>
    /// "Cho Tae-hyun held talks": the lower-case half of a hyphened given name reads to the tagger as a noun
    /// ("hyun") and the parser hangs the sentence on it; written with a capital it is one more name word.
    /// </summary>
    public static IReadOnlyList<string> CapitaliseHyphenedParts(IReadOnlyList<string> forms, IReadOnlyList<bool>? names)
    {
        if (names is null)
            return forms;
        string[]? copy = null;
        for (var i = 2; i < forms.Count; i++)
            if (names[i] && names[i - 2] && forms[i - 1] == "-" && forms[i].Length > 0 && char.IsLower(forms[i][0])
                && forms[i - 2].Length > 0 && char.IsUpper(forms[i - 2][0]))
                (copy ??= [.. forms])[i] = char.ToUpperInvariant(forms[i][0]) + forms[i][1..];
        return copy ?? forms;
    }
}
