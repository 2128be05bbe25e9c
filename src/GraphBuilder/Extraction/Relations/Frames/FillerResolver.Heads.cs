using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>What a nameless head word stands for: the names inside a title, the leaders of a delegation, the owner of an act, the antecedent of a relative.</summary>
internal sealed partial class FillerResolver
{
    /// <summary>"A and Mozambique's Minister of Foreign Affairs B" parsed with the possessor heading the title and the name.</summary>
    private bool IsPossessorHead(SyntaxWord word) =>
        sentence.Children(word, "case").Any(c => c.Form is "'s" or "’s") && sentence.Children(word).Any(c => c.Relation is "flat" or "compound");

    /// <summary>
    /// "the paramilitary organisation The Lantern", "the far-right group the Wolves", the group "Sturmvolk 44": the group named right after the
    /// noun of its kind stands for the noun, however the parser hung it (not the last group named before).
    /// </summary>
    private SyntaxWord? GroupNamedAfter(SyntaxWord noun)
    {
        if (sentence.MentionOf(noun) is not null || !GroupNouns.Contains(sentence.Lemma(noun)) || noun.Id >= sentence.Words.Count)
            return null;
        var next = sentence.Words[noun.Id];
        if (next.Form is "the" or "\"" or "\u201C" or "'" && next.Id < sentence.Words.Count)
            next = sentence.Words[next.Id];
        return sentence.MentionOf(next) is { Type: NodeType.Organisation } group && group.Start == next.Start ? next : null;
    }

    /// <summary>"led by A, and the Chilean side by B": a gapped conjunct keeps its "by" phrase, which names the agent.</summary>
    private IReadOnlyList<SyntaxWord> GappedAgent(SyntaxWord word) =>
        word.Relation == "conj" && sentence.Lemma(word) is "side" or "delegation" or "team"
            ? sentence.Children(word).Where(c => c.Relation == "nmod" && sentence.CaseOf(c) == "by").ToList()
            : [];

    /// <summary>
    /// "met US special envoy on Afghan peace, B, for the first time" parsed with the country the object and the title
    /// an oblique: a country filler that opens a title phrase (a person head after at most two modifiers) stands for
    /// the person the phrase is apposed to after its comma (a country is met in no meeting).
    /// </summary>
    private string? CountryTitleHolder(SyntaxWord word)
    {
        if (sentence.MentionOf(word) is not { Type: NodeType.Country } country || country.End > word.End)
            return null;
        foreach (var next in sentence.Words.Skip(word.Id).Take(3))
        {
            if (DescriptionResolver.IsPersonHead(sentence, next))
                return sentence.MentionOf(next) is null ? DescriptionResolver.NameAfter(sentence, next) : null;
            if (next.Upos != "ADJ" || sentence.MentionOf(next) is not null)
                return null;
        }
        return null;
    }

    /// <summary>"A, who is visiting X, met B" with the clause misparsed as a complement: "who" stands for the name before its comma.</summary>
    private string? PersonBeforeComma(SyntaxWord who) =>
        sentence.BeforeComma(who) is { } before && sentence.MentionOf(before) is { Type: NodeType.Person } m ? m.EntityKey : null;

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
        // "designated the Nasr Brigades, the armed wing of X": a wing apposed to its own name is no more X
        if (lemma == "wing" && word.Relation == "appos" && sentence.Head(word) is { } named && sentence.MentionOf(named) is not null)
            return [];
        // "addressed the plenary of the Conference on Disarmament": a part of a session stands for the session;
        // "Member states of the X announced": the body whose member states act together
        if (lemma is "all" or "state" or "government" or "governments" or "part" or "wing" or "plenary" or "session" or "opening" or "segment" or "ceremony" or "sitting")
            return sentence.Children(word).Where(c => c.Relation == "nmod" && sentence.CaseOf(c) == "of").ToList();
        // "recognised the activities of X as undesirable", "banned X's activity": an act on a body's activity is on the body
        if (lemma == "activity")
            return sentence.Children(word).Where(c => c.Relation == "nmod" && sentence.CaseOf(c) == "of" || c.Relation == "nmod:poss").ToList();
        return [];
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

    /// <summary>
    /// "Preparatory meetings for the X Committee began ..., chaired by A and B": a session noun whose own "of" or "for"
    /// phrase names an event is that event's session, even before the article has named one.
    /// </summary>
    private string[]? NamedSession(SyntaxWord word) =>
        sentence.Children(word).Where(c => c.Relation == "nmod" && sentence.CaseOf(c) is "of" or "for")
            .Select(sentence.MentionOf).FirstOrDefault(m => m is { Type: NodeType.Event }) is { } session ? [session.EntityKey] : null;

    /// <summary>
    /// "led by the Ministry of External Affairs's Secretary A" parsed with the ministry the agent and A's titled phrase
    /// hung below it: a person under the body who owns a possessor of their own (the "'s" phrase) holds the title; so does a
    /// name set off after such a title ("the Ministry of X's Secretary, East, A").
    /// </summary>
    private string? PossessedTitleHolder(SyntaxWord word) =>
        sentence.Children(word).Where(c => c.Relation == "nmod" && sentence.Children(c).Any(p => p.Relation == "nmod:poss" && p.Id < c.Id))
            .SelectMany(c => sentence.Children(c).Where(f => f.Relation is "flat" or "conj").Prepend(c))
            .Select(sentence.MentionOf).FirstOrDefault(m => m is { Type: NodeType.Person })?.EntityKey;
}
