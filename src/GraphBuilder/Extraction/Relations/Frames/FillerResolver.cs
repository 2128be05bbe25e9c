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
        "forum", "group", "committee", "event",
    };
    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal) { "group", "organisation", "organization", "outfit", "faction", "network", "militia", "movement" };

    public IReadOnlyList<string> Keys(IReadOnlyList<SyntaxWord> fillers, FrameMatch match, IReadOnlySet<NodeType> types, IReadOnlyCollection<string> others)
    {
        var keys = new List<string>();
        var seen = new HashSet<SyntaxWord>();
        foreach (var filler in fillers)
            foreach (var word in Expand(filler))
                if (seen.Add(word))
                    foreach (var key in KeysOf(word, match, types, others))
                        if (!keys.Contains(key))
                            keys.Add(key);
        if (keys.Count == 0 && types.Contains(NodeType.Person))
            keys.AddRange(fillers.Select(f => NameAfterCase(f, others)).OfType<string>().Distinct().Take(1));
        return keys;
    }

    /// <summary>
    /// "discussed with Burundian External Relations and International Cooperation Minister A ways of ...":
    /// a long title splits under the parser and the name hangs off another word. The first person named
    /// after the "with" of a filler that names nobody, before any verb or clause break, is the one meant.
    /// </summary>
    private string? NameAfterCase(SyntaxWord filler, IReadOnlyCollection<string> others)
    {
        if (sentence.Children(filler).FirstOrDefault(c => c.Relation == "case" && c.Id < filler.Id) is not { } casing
            || sentence.Lemma(casing) != "with")
            return null;
        foreach (var w in sentence.Words.Skip(casing.Id).Take(14))
        {
            if (w.Upos is "VERB" or "AUX" or "SCONJ" || w.Form is ";" or "." or ":")
                return null;
            if (sentence.MentionOf(w) is { Type: NodeType.Person } m && !others.Contains(m.EntityKey))
                return m.EntityKey;
        }
        return null;
    }

    private IEnumerable<string> KeysOf(SyntaxWord word, FrameMatch match, IReadOnlySet<NodeType> types, IReadOnlyCollection<string> others)
    {
        if (types.Contains(NodeType.Person) && CutPossessor(word) is { } owned)
            return Keys([owned], match, types, others);
        if (sentence.MentionOf(word) is { } mention && discourse.IsBareSession(mention.EntityKey))
            return types.Contains(NodeType.Event) && discourse.MainEvent is { } main ? [main] : [];
        if (sentence.MentionOf(word) is { } named)
            return types.Contains(named.Type) ? [named.EntityKey]
                : types.Contains(NodeType.Person) && IsPossessorHead(word) ? NamesInside(word)
                : named.Type == NodeType.Place && types.Contains(NodeType.Country) && discourse.Entity(named.EntityKey) is { } place
                  && Capitals.Government(place.Name, discourse) is { } government ? [government] : [];
        if (GappedAgent(word) is { Count: > 0 } agents)
            return Keys(agents, match, types, others);
        if (Leaders(word) is { Count: > 0 } leaders && types.Contains(NodeType.Person))
            return Keys(leaders, match, types, others);
        // "the Security Council's ISIL and Al-Qaida sanctions committee": its owner, not the groups it deals with
        if (IsOwnedStateNoun(word) && OwnerBefore(word, types) is { } possessor)
            return [possessor.EntityKey];
        if (HasNamedPart(word))
            return [];
        var lemma = sentence.Lemma(word);
        // "X, whose director, A, said": "whose" is the noun its relative clause modifies
        if (lemma == "whose" && RelativeAntecedent(word) is { } antecedent)
            return Keys([antecedent], match, types, others);
        if (lemma == "whose" && NamedBeforeComma(word) is { } whose && types.Contains(whose.Type))
            return [whose.EntityKey];
        // "X, which designated ...", and with a support verb "France, which slapped sanctions on A": the verb's noun
        if (Relatives.Contains(lemma) && Relative(match) is { } clause && sentence.Head(clause) is { } noun)
            return Relatives.Contains(sentence.Lemma(noun)) ? [] : Keys([Antecedent(noun)], match with { Trigger = noun, Anchors = [noun] }, types, others);
        // "financing X, which the United States lists as ..." with the clause joined to the verb before: the name before the comma
        if (Relatives.Contains(lemma) && Relative(match) is null && NamedBeforeComma(word) is { } before && types.Contains(before.Type))
            return [before.EntityKey];
        if (lemma is "who" && types.Contains(NodeType.Person) && PersonBeforeComma(word) is { } person)
            return [person];
        // "the Japanese government", "Peru's foreign ministry", "the Security Council's sanctions committee" (no body
        // of its own): the country or body named before it in its phrase
        if (StateNouns.Contains(lemma) && OwnerBefore(word, types) is { } owner)
            return [owner.EntityKey];
        if (Through(word, lemma) is { Count: > 0 } through)
            return Keys(through, match, types, others);
        // "to proscribe the group": a group noun is the last group named, never a person's description
        if (types.Contains(NodeType.Organisation) && GroupNouns.Contains(lemma))
            return BodyKeys(word, lemma, match);
        if (types.Contains(NodeType.Organisation) && CompanyNouns.Contains(lemma) && IsDefinite(word))
            return CompanyKeys(word, lemma);
        if (types.Contains(NodeType.Person) && DescriptionResolver.IsPersonHead(sentence, word) && NamesInside(word) is { Count: > 0 } names)
            return names;
        if (types.Contains(NodeType.Person) && SplitName(word) is { } split && !others.Contains(split))
            return [split];
        // "praised Egypt's role", "condemned the attack by X": a stance on a nameless act is on whose act it is
        if (match.Frame.Relation is Graph.Relations.Praised or Graph.Relations.Condemned && ActOwner(word) is { } actor)
            return Keys([actor], match, types, others);
        if (types.Contains(NodeType.Person) && lemma is "we" or "i" && Speaker(word) is { } speaker)
            return Keys([speaker], match, types, others);
        if (types.Contains(NodeType.Person))
            return PersonKeys(word, lemma, others);
        if (types.Contains(NodeType.Event) && SessionNouns.Contains(lemma))
            return discourse.LastEvent is { } e ? [e] : [];
        if (types.Contains(NodeType.Organisation))
            return BodyKeys(word, lemma, match);
        return [];
    }

    /// <summary>"A and Mozambique's Minister of Foreign Affairs B" parsed with the possessor heading the title and the name.</summary>
    private bool IsPossessorHead(SyntaxWord word) =>
        sentence.Children(word, "case").Any(c => c.Form is "'s" or "’s") && sentence.Children(word).Any(c => c.Relation is "flat" or "compound");

    /// <summary>"led by A, and the Chilean side by B": a gapped conjunct keeps its "by" phrase, which names the agent.</summary>
    private IReadOnlyList<SyntaxWord> GappedAgent(SyntaxWord word) =>
        word.Relation == "conj" && sentence.Lemma(word) is "side" or "delegation" or "team"
            ? sentence.Children(word).Where(c => c.Relation == "nmod" && sentence.CaseOf(c) == "by").ToList()
            : [];

    /// <summary>"A, who is visiting X, met B" with the clause misparsed as a complement: "who" stands for the name before its comma.</summary>
    private string? PersonBeforeComma(SyntaxWord who) =>
        who.Id >= 3 && sentence.Words[who.Id - 2].Form == "," && sentence.MentionOf(sentence.Words[who.Id - 3]) is { Type: NodeType.Person } m
            ? m.EntityKey : null;

    private static SyntaxWord? Relative(FrameMatch match) =>
        match.Trigger.Relation.StartsWith("acl", StringComparison.Ordinal) ? match.Trigger
        : match.Predicate.Relation.StartsWith("acl", StringComparison.Ordinal) ? match.Predicate : null;

    /// <summary>
    /// Words a nameless noun stands for: the leaders of "the delegation, led by A", the members of "all of
    /// X", the governments of "the governments of A and B".
    /// </summary>
    private IReadOnlyList<SyntaxWord> Through(SyntaxWord word, string lemma)
    {
        if (Leaders(word) is { Count: > 0 } leaders)
            return leaders;
        // "met the visiting Chilean Foreign Minister A" parsed with "the" the object and A under "visiting"
        if (word.Upos == "DET" && sentence.Children(word, "acl").FirstOrDefault(a => sentence.Lemma(a) == "visit") is { } visiting)
            return sentence.Children(visiting, "obj").ToList();
        // "addressed the plenary of the Conference on Disarmament": a part of a session stands for the session;
        // "Member states of the X announced": the body whose member states act together
        if (lemma is "all" or "state" or "government" or "governments" or "part" or "wing" or "plenary" or "session" or "opening" or "segment" or "ceremony" or "sitting")
            return sentence.Children(word).Where(c => c.Relation == "nmod" && sentence.CaseOf(c) == "of").ToList();
        return [];
    }

    /// <summary>
    /// The people named inside a title's own phrase, which the parser often hangs below its "of" phrases:
    /// "Minister of Foreign Affairs of Lithuania H E A" with A flat under "Lithuania".
    /// </summary>
    private IReadOnlyList<string> NamesInside(SyntaxWord title)
    {
        var names = new List<string>();
        var stack = new Stack<SyntaxWord>(sentence.Children(title).Where(c => c.Relation is "nmod" or "flat" or "compound" or "list"));
        while (stack.Count > 0 && names.Count < 4)
        {
            var w = stack.Pop();
            // "the Special Envoy of President A": a person in the title's own case phrase is whom it serves
            if (sentence.CaseOf(w) is not null && sentence.MentionOf(w) is { Type: NodeType.Person })
                continue;
            if (sentence.MentionOf(w) is { Type: NodeType.Person } m)
            {
                if (!names.Contains(m.EntityKey))
                    names.Add(m.EntityKey);
                continue;
            }
            foreach (var c in sentence.Children(w).Where(c => c.Relation is "nmod" or "flat" or "compound" or "list"))
                stack.Push(c);
        }
        return names;
    }

    /// <summary>
    /// The named possessor or "by" agent of a nameless noun ("Egypt's role", "the attack by X"), or the agent the parser hung
    /// on its "of" phrase ("the killing of a journalist by X").
    /// </summary>
    private SyntaxWord? ActOwner(SyntaxWord noun)
    {
        if (noun.Upos != "NOUN")
            return null;
        var of = sentence.Children(noun).Where(c => c.Relation == "nmod" && sentence.CaseOf(c) == "of" && sentence.MentionOf(c) is null);
        return sentence.Children(noun).Concat(of.SelectMany(o => sentence.Children(o, "nmod")))
            .FirstOrDefault(c => (c.Relation == "nmod:poss" && c.Head == noun.Id || c.Relation == "nmod" && sentence.CaseOf(c) == "by") && sentence.MentionOf(c) is not null);
    }

    /// <summary>The noun a relative clause holding the word modifies, a few heads up.</summary>
    private SyntaxWord? RelativeAntecedent(SyntaxWord word)
    {
        for (var (w, i) = (word, 0); i < 4 && sentence.Head(w) is { } head; (w, i) = (head, i + 1))
            if (w.Relation == "acl:relcl")
                return head;
        return null;
    }

    /// <summary>A head whose name parts or appositions name something: those speak for it, not a description.</summary>
    private bool HasNamedPart(SyntaxWord word) =>
        sentence.Children(word).Any(c => c.Relation is "appos" or "flat" or "flat:name" or "compound" && sentence.MentionOf(c) is not null);
}
