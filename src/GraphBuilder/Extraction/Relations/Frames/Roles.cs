using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// Fills a role of a matched frame: its slots are tried in order and the first that names an entity of the
/// role's types wins. Dependency slots go through the FillerResolver; "@" slots ask the article (Discourse).
/// </summary>
internal sealed partial class Roles(FrameSentence sentence, Discourse discourse, FillerResolver resolver, FrameMatch match)
{
    public IReadOnlyList<string> Keys(IReadOnlyList<Slot> slots, IReadOnlySet<NodeType> types, IReadOnlyCollection<string> others)
    {
        foreach (var slot in slots)
        {
            var keys = slot.Special is { } special
                ? Special(special, types, others)
                : resolver.Keys(FrameMatcher.Fill(sentence, match, slot), match, types, others);
            if (keys.Count > 0)
                return keys;
        }
        return [];
    }

    private IReadOnlyList<string> Special(string name, IReadOnlySet<NodeType> types, IReadOnlyCollection<string> others) => name switch
    {
        "head" when (Participle(match.Trigger) ?? Participle(match.Predicate) ?? CommaParticiple(match.Trigger)) is { } participle && sentence.Head(participle) is { } noun
            && !HasOwnObject(participle)
            => resolver.Keys([PredicateSubject(noun) ?? noun, .. ClauseSession(participle, noun)], match, types, others) is { Count: > 0 } keys ? keys
                : resolver.Keys([.. CountedSubject(noun), .. Described(noun)], match, types, others),
        "predicate" => resolver.Keys([match.Anchors[0]], match, types, others),
        "session" => discourse.MainEvent is { } e ? [e] : [],
        "bilateral" => discourse.MainEvent is { } b && !MeetingsOfMany.IsGathering(discourse.Entity(b)?.Name) ? [b] : [],
        "topic" => discourse.LastSubject is { } t && !others.Contains(t) ? [t] : [],
        "designator" => SentenceBody(others) is { } b ? [b] : discourse.LastDesignators.Count > 0 ? discourse.LastDesignators
            : discourse.GovernmentBut(ListedBody()) is { } d && !NamedInTargets(d) ? [d] : [],
        "designated" => discourse.LastDesignators,
        // "The order was issued by B" (a clause of its own): "A notification signed by B said" only says where it was read
        "unattributed" => sentence.Children(match.Trigger, "aux:pass").Any() ? discourse.Unattributed : [],
        "listowner" => ListOwners(types, others),
        "publisher" => Publishers(),
        "counting" => discourse.EntriesExpected > 0 ? discourse.LastDesignators : [],
        "government" => EarlierActor() is { } g ? [g] : [],
        "gathering" => discourse.Gathering is { } g && !others.Contains(g) ? [g] : [],
        "dateline" => discourse.DatelineFor(others),
        "here" => discourse.Dateline is { } here ? [here.Place] : [],
        "pair" => discourse.SentencePair.Count >= 2 ? discourse.SentencePair : discourse.LastPair,
        "subject" => Subject() is { } s ? resolver.Keys([s], match, types, others) : [],
        "subtree" => ActTargets(types),
        "after" => Listed(sentence.Words.Where(w => w.Start >= match.Trigger.End && w.Start < QuotationEnd() && !IsListingAside(w)), types)
            .Where(k => !IsStateBody(k)).ToList(),
        "colon" => Colon(types),
        "including" => Including(types),
        "members" => Members(types),
        "between" => Between(types),
        "roster" => Roster(types),
        "counted" => CountedList(types),
        "beforeas" => BeforeAs(types),
        "beforelist" => BeforeList(types),
        "clause" => Listed(ClauseNames(), types),
        "hyphen" => resolver.Keys(HyphenedParticiples.Actor(sentence, match.Trigger), match, types, others),
        "modified" => resolver.Keys(HyphenedParticiples.Modified(sentence, match.Trigger), match, types, others),
        "subjects" => Listed(match.Anchors.SelectMany(a => sentence.Children(a, "nsubj")).SelectMany(sentence.Subtree), types),
        "during" => Listed(DuringSubjects().SelectMany(sentence.Subtree), types),
        "owner" => resolver.Keys(sentence.Children(match.Trigger, "nmod:poss").Where(w => sentence.MentionOf(w) is not null).ToList(), match, types, others),
        "named" => Named(match.Trigger).SelectMany(w => sentence.MentionOf(w) is { } m ? types.Contains(m.Type) ? [m.EntityKey] : []
            : resolver.Keys([w], match, types, others)).Where(k => !others.Contains(k)).Distinct().ToList(),
        "actor" => resolver.Keys(Actors(), match, types, others),
        "companions" => resolver.Keys([.. Companions()], match, types, others),
        "joined" => resolver.Keys(JoinedInAct(), match, types, others),
        "alongwith" => resolver.Keys([.. AlongWith(), .. SubjectAlongWith()], match, types, others),
        "fronted" => FrontedAgents(types),
        "withmany" => WithMany(types),
        "objwith" => resolver.Keys([.. WithInObject()], match, types, others),
        "gappedby" => resolver.Keys([.. GappedAgents()], match, types, others),
        "under" => NamesUnder(types),
        "copula" => CopulaNames(types),
        "within" => NamesWithin(types),
        "byall" => AgentPhraseNames(types),
        "holder" => resolver.Keys(Holders(), match, types, others),
        "describer" => match.Frame.Need.FirstOrDefault(s => s.Special == "listed") is { } listed
            ? resolver.Keys([.. DescribedSubjects.Owners(sentence, match, listed)], match, types, others) : [],
        "signer" => resolver.Keys(Signers(), match, types, others),
        "byas" => resolver.Keys([.. PredicateAgents()], match, types, others),
        "ruling" => resolver.Keys([.. RulingSubjects()], match, types, others),
        "comma" => resolver.Keys(CommaNamed(), match, types, others),
        "delegation" => DelegationCountry.Of(sentence, match.Predicate, Participle(match.Trigger)),
        _ => [],
    };

    private static string Capitalised(string name) =>
        string.Join(' ', name.Split(' ').Select(w => w.Length > 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w));

    /// <summary>
    /// A meeting noun in an adverbial of time ("A and B signed the pact after talks"), or theirs in one of place
    /// ("A and B agreed at their summit"): the subjects of the verb it modifies held it. Not "called for talks"
    /// (asked for) nor "spoke at a meeting" (not with each other). "Their" meeting may hang on the verb's object
    /// ("held a press conference after their talks") and takes in whom the verb addresses ("A told B during
    /// their meeting"); "before their talks" was held too.
    /// </summary>
    private IEnumerable<SyntaxWord> DuringSubjects()
    {
        if (match.Trigger is not { Upos: "NOUN" } noun || !noun.Relation.StartsWith("obl", StringComparison.Ordinal) && noun.Relation != "nmod")
            return [];
        var theirs = sentence.Children(noun, "nmod:poss").Any(p => sentence.Lemma(p) is "their" or "they");
        var verb = sentence.Head(noun);
        if (theirs && noun.Relation == "nmod" && verb is { Upos: "NOUN", Relation: "obj" })
            verb = sentence.Head(verb);
        else if (noun.Relation == "nmod")
            return [];
        if (verb is not { Upos: "VERB" } || !(sentence.CaseOf(noun) is "after" or "during" or "following" || theirs && sentence.CaseOf(noun) is "at" or "in" or "before"))
            return [];
        return theirs ? [.. sentence.Children(verb, "nsubj"), .. sentence.Children(verb, "iobj"), .. sentence.Children(verb, "obj")]
            : sentence.Children(verb, "nsubj").Any() ? sentence.Children(verb, "nsubj") : Agents(verb);
    }

    /// <summary>"a framework hashed out by A and B during talks": a participle with no subject names its makers as its agents.</summary>
    private IEnumerable<SyntaxWord> Agents(SyntaxWord verb) =>
        verb.Xpos == "VBN" ? sentence.Children(verb).Where(c => c.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(c) == "by") : [];

    /// <summary>
    /// "The X Dialogue took place in Hanoi on Monday, co-chaired by A and B": a co-chair participle set off by a comma
    /// after a clause, which the parser hangs on the clause's verb, speaks of that verb's subject (what took place, was
    /// held, met), whether the parser made it the verb's modifier (acl) or its adverbial clause (advcl).
    /// </summary>
    private SyntaxWord? CommaParticiple(SyntaxWord trigger) =>
        trigger is { Relation: "advcl", Xpos: "VBN" } && match.Frame.Relation == Graph.Relations.CoChaired ? trigger : null;

    /// <summary>"X was the first organisation to have been proscribed in 2019": a predicate noun stands for its clause's subject.</summary>
    private SyntaxWord? PredicateSubject(SyntaxWord noun) =>
        noun.Upos == "NOUN" && sentence.MentionOf(noun) is null && sentence.Children(noun, "cop").Any() ? sentence.Children(noun, "nsubj").FirstOrDefault() : null;

    private IEnumerable<SyntaxWord> ClauseSession(SyntaxWord participle, SyntaxWord verb) =>
        match.Frame.Relation == Graph.Relations.CoChaired && verb.Upos == "VERB" && participle.Id > verb.Id && participle.Id >= 2
        && sentence.Words[participle.Id - 2].Form == ","
            ? sentence.Children(verb).Where(c => sentence.RelationOf(c) is "nsubj" or "nsubj:pass" && c.Id < verb.Id)
            : [];

    /// <summary>
    /// The participle or relative clause that modifies a noun: the trigger itself, or the clause it is joined
    /// to ("the dialogue held in B and co-chaired by A": the conjunct shares the noun); for a support verb's
    /// noun, the support verb ("The Japanese government froze the assets of X" parsed as a relative clause).
    /// </summary>
    private SyntaxWord? Participle(SyntaxWord trigger) =>
        trigger.Relation.StartsWith("acl", StringComparison.Ordinal) ? trigger
        : trigger.Relation == "conj" && sentence.Head(trigger) is { } first && first.Relation.StartsWith("acl", StringComparison.Ordinal) ? first
        : null;
}
