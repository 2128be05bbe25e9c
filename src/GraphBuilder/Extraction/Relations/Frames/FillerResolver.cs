using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// Turns the words a slot selected into entity keys: each word and its conjuncts and appositions ("A, B
/// and C"; "his counterpart, B"), a name's flat parts, a relative pronoun to the noun it stands for,
/// "he"/"she" to the person spoken of, "the two ministers"/"both" to the last pair, "the Department" to the
/// body named before, "the meeting" to the session, and any other description to the person it fits.
/// </summary>
internal sealed partial class FillerResolver(FrameSentence sentence, MaskedSentence masked, Discourse discourse)
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "him", "her", "his" };
    private static readonly HashSet<string> PairWords = new(StringComparer.Ordinal) { "both", "they", "them", "their", "two", "sides" };
    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "which", "who", "whom", "that" };
    private static readonly HashSet<string> SessionNouns = new(StringComparer.Ordinal)
    {
        "meeting", "dialogue", "talks", "session", "plenary", "round", "summit", "consultations", "commission", "conference",
        "forum", "group", "committee", "event", "convention", "gathering",
    };
    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal) { "group", "organisation", "organization", "outfit", "faction", "network", "militia", "movement" };

    public IReadOnlyList<string> Keys(IReadOnlyList<SyntaxWord> fillers, FrameMatch match, IReadOnlySet<NodeType> types, IReadOnlyCollection<string> others)
    {
        var keys = new List<string>();
        // most slots select no word: no set of words seen, no lookups after them
        if (fillers.Count == 0)
            return keys;
        var seen = new HashSet<SyntaxWord>();
        foreach (var filler in fillers)
            foreach (var word in Expand(filler))
                if (seen.Add(word))
                    foreach (var key in KeysOf(word, match, types, others))
                        if (!keys.Contains(key))
                            keys.Add(key);
        if (keys.Count == 0 && types.Contains(NodeType.Person) && FirstNameAfterCase(fillers, others) is { } name)
            keys.Add(name);
        if (keys.Count == 0 && fillers.SelectMany(StatementAuthors).ToList() is { Count: > 0 } authors)
            keys.AddRange(Keys(authors, match, types, others));
        return keys;
    }

    /// <summary>The first filler's NameAfterCase that names someone (a loop: a closure here was made on every call of Keys).</summary>
    private string? FirstNameAfterCase(IReadOnlyList<SyntaxWord> fillers, IReadOnlyCollection<string> others)
    {
        foreach (var f in fillers)
            if (NameAfterCase(f, others) is { } name)
                return name;
        return null;
    }

    /// <summary>
    /// "discussed with Burundian External Relations and International Cooperation Minister A ways of ...":
    /// a long title splits under the parser and the name hangs off another word. The first person named
    /// after the "with" of a filler that names nobody, before any verb or clause break, is the one meant; past fourteen
    /// words only while no comma has ended the phrase ("with Member of the Standing Committee of the Political Bureau of
    /// the X and Vice Premier of the State Council of Y B": a title of two offices runs long).
    /// </summary>
    private string? NameAfterCase(SyntaxWord filler, IReadOnlyCollection<string> others)
    {
        if (sentence.Children(filler).FirstOrDefault(c => c.Relation == "case" && c.Id < filler.Id) is not { } casing
            || sentence.Lemma(casing) != "with")
            return null;
        var comma = false;
        foreach (var w in sentence.Words.Skip(casing.Id).Take(40))
        {
            comma |= w.Form == ",";
            if (w.Upos is "VERB" or "AUX" or "SCONJ" || w.Form is ";" or "." or ":" || comma && w.Id - casing.Id > 14)
                return null;
            if (sentence.MentionOf(w) is { Type: NodeType.Person } m && !others.Contains(m.EntityKey))
                return m.EntityKey;
        }
        return null;
    }

    private IEnumerable<string> KeysOf(SyntaxWord word, FrameMatch match, IReadOnlySet<NodeType> types, IReadOnlyCollection<string> others)
    {
        if (LeadersGovernment(word, match, types) is { } country)
            return [country];
        if (types.Contains(NodeType.Person) && CutPossessor(word) is { } owned)
            return Keys([owned], match, types, others);
        if (sentence.MentionOf(word) is { } mention && discourse.IsBareSession(mention.EntityKey))
            return !types.Contains(NodeType.Event) ? [] : NamedSession(word) ?? (discourse.MainEvent is { } main ? [main] : []);
        if (types.Contains(NodeType.Person) && CountryTitleHolder(word) is { } holder && !others.Contains(holder))
            return [holder];
        if (sentence.MentionOf(word) is { } named)
            return types.Contains(named.Type) ? [named.EntityKey]
                : types.Contains(NodeType.Person) && IsPossessorHead(word) ? NamesInside(word)
                : types.Contains(NodeType.Person) && PossessedTitleHolder(word) is { } titled ? [titled]
                : named.Type == NodeType.Place && types.Contains(NodeType.Country) && discourse.Entity(named.EntityKey) is { } place
                  && Capitals.Government(place.Name, discourse) is { } government ? [government] : [];
        if (GappedAgent(word) is { Count: > 0 } agents)
            return Keys(agents, match, types, others);
        // "claimed responsibility for downing flight Z": an event is the object of the act a gerund names
        if (types.Contains(NodeType.Event) && word.Upos == "VERB" && word.Form.EndsWith("ing", StringComparison.Ordinal)
            && sentence.Children(word, "obj").ToList() is { Count: > 0 } acted)
            return Keys(acted, match, types, others);
        if (Leaders(word) is { Count: > 0 } leaders && types.Contains(NodeType.Person))
            return Keys(leaders, match, types, others);
        // "the Security Council's ISIL and Al-Qaida sanctions committee": its owner, not the groups it deals with
        if (IsOwnedStateNoun(word) && OwnerBefore(word, types) is { } possessor)
            return [possessor.EntityKey];
        // "Preparatory Experts meetings for the X Committee": a capitalised modifier names no other session
        if (types.Contains(NodeType.Event) && SessionNouns.Contains(sentence.Lemma(word)) && NamedSession(word) is { } session)
            return session;
        if (types.Contains(NodeType.Country) && IsNamedAdministration(word) && discourse.CountryNamed("United States") is { } states)
            return [states];
        if (HasNamedPart(word))
            return [];
        return KeysOfLemma(word, match, types, others);
    }

    /// <summary>A word that names nothing, by its lemma: a relative pronoun's antecedent, a state noun's owner, the words a noun stands for.</summary>
    private IEnumerable<string> KeysOfLemma(SyntaxWord word, FrameMatch match, IReadOnlySet<NodeType> types, IReadOnlyCollection<string> others)
    {
        var lemma = sentence.Lemma(word);
        // "X, whose director, A, said": "whose" is the noun its relative clause modifies
        if (lemma == "whose" && RelativeAntecedent(word) is { } antecedent)
            return Keys([antecedent], match, types, others);
        if (lemma == "whose" && NamedBeforeComma(word) is { } whose && types.Contains(whose.Type))
            return [whose.EntityKey];
        // "X, which designated ...", and with a support verb "France, which slapped sanctions on A": the verb's noun
        if (Relatives.Contains(lemma) && Relative(match) is { } clause && sentence.Head(clause) is { } noun)
            return RelativeKeys(word, noun, match, types, others);
        // "financing X, which the United States lists as ..." with the clause joined to the verb before: the name before the comma
        if (Relatives.Contains(lemma) && Relative(match) is null && NamedBeforeComma(word) is { } before && types.Contains(before.Type))
            return [before.EntityKey];
        // "preceded by the Meeting of Senior Officials held on 6 June which was co-chaired by A and B", the clause torn
        // from its noun by the parser: the last session named before the pronoun
        if (lemma is "which" or "that" && types.Contains(NodeType.Event) && Relative(match) is null && EventBefore(word) is { } session)
            return [session];
        if (lemma is "who" && types.Contains(NodeType.Person) && PersonBeforeComma(word) is { } person)
            return [person];
        // "the Japanese government", "Peru's foreign ministry", "the Security Council's sanctions committee" (no body
        // of its own): the country or body named before it in its phrase
        if (StateNouns.Contains(lemma) && OwnerBefore(word, types) is { } owner)
            return [owner.EntityKey];
        if (NamedStateNoun(word, lemma, types) is { } body)
            return [body];
        if (DatelineGovernment(word, lemma, types) is { } government)
            return [government];
        if (Through(word, lemma) is { Count: > 0 } through)
            return Keys(through, match, types, others);
        return KeysOfNoun(word, lemma, match, types, others);
    }
}
