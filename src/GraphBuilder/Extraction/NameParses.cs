using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction;

/// <summary>
/// A second parse for sentences whose first one broke, mostly on titled names (see Broken: "Japanese Foreign
/// Minister A and Defence Minister B hosted ..." parsed as the name A with "hosted" a participle under it). The sentence is parsed again with each person shown as
/// one word (NameBlanking); the relation stage reads that parse only where the first gave no core relation
/// (read beside it, the second parse gave more wrong edges than right ones). Only such sentences are parsed
/// twice, a few an article.
/// </summary>
public static class NameParses
{
    public static IReadOnlyList<AnnotatedSentence> Add(ISentenceParser? parser, IReadOnlyList<AnnotatedSentence> sentences)
    {
        if (parser is null)
            return sentences;
        AnnotatedSentence[]? result = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (s.Parse is not { Words.Count: > 0 } parse || !Broken(parse) || NameBlanking.Blank(s) is not { } blanked)
                continue;
            DocumentBudget.Check();
            // from the first parse's first word: after a dateline's dash, as the first parse began
            var start = parse.Words[0].Start - s.Sentence.Start;
            (result ??= [.. sentences])[i] = s with { NameReread = parser.Parse(blanked, start, blanked.Length, Syntax.SyntaxStage.PeopleOf(s, s.Sentence.Start)).Shifted(s.Sentence.Start) };
        }
        return result ?? sentences;
    }

    /// <summary>
    /// A noun or name is the root and a verb hangs below it (a clause read as a modifier of its subject), a
    /// word has two subjects ("Talks between Foreign Minister A and B ended": "Talks" and the title both
    /// subjects of "ended"), or a preposition is read as part of a name ("held on Tuesday between A and B"
    /// with "between" flat under "Tuesday"), or the root verb has no subject though a name comes before it
    /// ("Speaking after her meeting with A, Prime Minister B said": B read as A's conjunct), or a word hangs on a
    /// punctuation mark or under the labels a parser gives what it cannot place ("list", "dep", "reparandum": news has no
    /// speech repairs, "held talks with Guatemalan Foreign Minister B" read "with" as one), or a verb is a
    /// conjunct with nothing joining it, or a weekday is an object ("A met Wednesday with B": the "with" phrase then
    /// hangs on the weekday), or a word hangs on a preposition or conjunction ("chaired by A" with A under "by"), or a name is
    /// read as a clause ("co-chaired by External Affairs Minister A": "Affairs" the agent, A a clause under it), or a
    /// name's flat part heads a conjunct ("Prime Minister of X A and Russian Deputy Prime Minister B held talks": A flat
    /// under the country, the second title a conjunct of A's last word).
    /// </summary>
    private static bool Broken(SentenceParse parse)
    {
        var root = parse.Words.FirstOrDefault(w => w.Head == 0);
        if (root is not null && root.Upos is not ("VERB" or "AUX") && parse.Words.Any(w => w.Upos == "VERB" && w.Head == root.Id))
            return true;
        // "As the Special Envoy of X, A, called on B": a function word heads the sentence
        if (root is { Upos: "SCONJ" or "ADP" or "CCONJ" or "DET" })
            return true;
        if (root is { Upos: "VERB" } && !HasSubject(parse, root.Id) && parse.Words.Any(w => w.Id < root.Id && w.Upos == "PROPN"))
            return true;
        if (parse.Words.Any(w => IsBareConjunct(parse, w)))
            return true;
        return parse.Words.Where(w => w.Relation == "nsubj").GroupBy(w => w.Head).Any(g => g.Count() > 1)
            || parse.Words.Any(w => w.Upos == "ADP" && w.Relation is "flat" or "appos" or "conj" or "compound")
            || parse.Words.Any(w => w.Upos == "PROPN" && w.Relation is "acl" or "advcl")
            || parse.Words.Any(w => w.Relation == "obj" && Weekdays.Contains(w.Form))
            || parse.Words.Any(w => parse.HeadOf(w) is { Upos: "ADP" or "CCONJ" } && w.Relation is not ("fixed" or "punct" or "goeswith" or "conj" or "cc"))
            || parse.Words.Any(w => w.Relation is "list" or "dep" or "reparandum" || w.Upos != "PUNCT" && parse.HeadOf(w) is { Upos: "PUNCT" })
            || parse.Words.Any(w => w.Relation == "conj" && parse.HeadOf(w) is { Relation: "flat" });
    }

    /// <summary>
    /// "as Minister A and Ambassador B on Thursday discussed ..." read with "discussed" a conjunct of the verb before: a
    /// verb conjunct with no conjunction, no subject and no comma before it joins nothing (a list's middle item follows a comma).
    /// </summary>
    private static bool IsBareConjunct(SentenceParse parse, SyntaxWord w) =>
        w is { Upos: "VERB", Relation: "conj" } && w.Id >= 2 && parse.Words[w.Id - 2].Upos != "PUNCT"
        && !HasJoiner(parse, w.Id) && !HasSubject(parse, w.Id);

    /// <summary>A loop, not a closure: IsBareConjunct runs for every parsed word, and a lambda there took a closure for each.</summary>
    private static bool HasJoiner(SentenceParse parse, int head)
    {
        for (var i = 0; i < parse.Words.Count; i++)
            if (parse.Words[i].Head == head && parse.Words[i].Relation is "cc" or "mark")
                return true;
        return false;
    }

    private static bool HasSubject(SentenceParse parse, int head)
    {
        foreach (var w in parse.Words)
            if (w.Head == head && (w.Relation.StartsWith("nsubj", StringComparison.Ordinal) || w.Relation.StartsWith("csubj", StringComparison.Ordinal) || w.Relation == "expl"))
                return true;
        return false;
    }
}
