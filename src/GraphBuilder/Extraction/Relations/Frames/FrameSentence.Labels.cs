using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>Each word's corrected dependency label, lemma and case word, computed once and cached in _known.</summary>
internal sealed partial class FrameSentence
{
    /// <summary>
    /// The word's dependency label, with parser errors undone: the subject of a past participle that has a "by"
    /// agent and no object ("X, long listed by the EU as ..., denied") or a "be" auxiliary ("A were also hit with
    /// sanctions" with "were" read as aux, not aux:pass, and "hit" perhaps tagged a base form) is the passive subject.
    /// </summary>
    public string RelationOf(SyntaxWord word) => _known[word.Id - 1].Relation ??= CorrectedRelation(word);

    private string CorrectedRelation(SyntaxWord word) =>
        word.Relation == "nsubj" && Head(word) is { Upos: "VERB" } head
        && (head.Xpos == "VBN" && Children(head).Any(c => c.Relation == "obl:agent") && !Children(head).Any(c => c.Relation is "obj" or "aux" or "ccomp")
            || head.Xpos != "VBG" && Children(head).Any(c => c.Relation == "aux" && Lemma(c) == "be") && !Children(head).Any(c => c.Relation is "obj" or "ccomp"))
        || IsInvertedSubject(word) || IsReducedRelativeSubject(word)
            ? "nsubj:pass" : Misread(word) ?? word.Relation;

    /// <summary>
    /// "The group, designated a terrorist organisation by B in 2019, has ...": a participle set off by a comma
    /// right after its subject, with no auxiliary, is a reduced relative the parser made the subject's verb; with a
    /// "by" agent (on the verb or under its predicate noun) the subject is what was designated.
    /// </summary>
    private bool IsReducedRelativeSubject(SyntaxWord word) =>
        word.Relation == "nsubj" && Head(word) is { Upos: "VERB", Xpos: "VBN" } verb && word.Id < verb.Id && verb.Id >= 2
        && Words[verb.Id - 2].Form == "," && !Children(verb).Any(c => c.Relation is "aux" or "aux:pass")
        && Children(verb).Where(c => c.Relation is "obj" or "xcomp").Append(verb).SelectMany(Children)
            .Any(c => c.Relation is "obl:agent" or "obl" or "nmod" && OwnCase(c) == "by");

    /// <summary>
    /// "Also designated was X": the parser makes X a clause of its own with "was" as its copula; X is the
    /// passive subject of the participle before it.
    /// </summary>
    private bool IsInvertedSubject(SyntaxWord word) =>
        word.Relation is "parataxis" or "obj" && word.Upos is "PROPN" or "NOUN" && Head(word) is { Upos: "VERB" } head && head.Id < word.Id
        && !Children(head).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal)) && HasBeBetween(head, word);

    private bool HasBeBetween(SyntaxWord head, SyntaxWord word) =>
        Children(word).Any(c => c.Relation is "cop" or "aux" or "aux:pass" && c.Id > head.Id && c.Id < word.Id && Lemma(c) == "be");

    /// <summary>The lemma in lower case; the form where the parser gave none; "co-chair" where "co" and "-" were split off; "-designate" (HyphenedParticiples).</summary>
    public string Lemma(SyntaxWord word) => _known[word.Id - 1].Lemma ??= LemmaOf(word);

    private string LemmaOf(SyntaxWord word)
    {
        if (HyphenedParticiples.Key(this, word) is { } hyphened)
            return hyphened;
        var lemma = (word.Lemma is { Length: > 0 } l && l != "_" ? l : word.Form).ToLowerInvariant();
        if (word.Upos == "VERB" && !FrameBook.Instance.Knows(lemma))
            lemma = RegularVerbs.TriggerOf(word.Form.ToLowerInvariant(), FrameBook.Instance) ?? lemma;
        var i = word.Id - 1;
        if (i >= 2 && Words[i - 1].Form is "-" or "\u2010" && Words[i - 2].Form.Equals("co", StringComparison.OrdinalIgnoreCase))
            return "co-" + lemma;
        return lemma;
    }

    /// <summary>
    /// The case word of a nominal ("with", "by", "on"), in lower case; multi-word cases joined ("on behalf of" ->
    /// "on"). "with Olan Brekk" parsed with "Olan" as a compound of "Brekk" may hang "with" on "Olan", and "to
    /// Governor Olan Brekk" hang "to" on the title before the name.
    /// </summary>
    public string? CaseOf(SyntaxWord word) =>
        (_known[word.Id - 1].Case ??= FirstCase(word) ?? NoCase) is var known && ReferenceEquals(known, NoCase) ? null : known;

    private string? FirstCase(SyntaxWord word)
    {
        if (OwnCase(word) is { } own)
            return own;
        foreach (var c in Children(word))
            if (c.Relation is "compound" or "nmod:desc" && c.Id < word.Id)
                return OwnCase(c);
        return null;
    }

    private string? OwnCase(SyntaxWord word)
    {
        foreach (var c in Children(word))
            if (c.Relation is "case" && c.Id < word.Id)
                return Lemma(c);
        return null;
    }
}
