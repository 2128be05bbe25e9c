using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>Co-chairs the parser splits off a list: fronted agents, names under a title noun, a long "by" phrase, "along with".</summary>
internal sealed partial class Roles
{
    /// <summary>
    /// "Co-chaired by Tajik Deputy Prime Minister, A, and Uzbek Deputy Prime Minister, B, the session discussed ...":
    /// the parser may take the second titled name for the main clause's subject; every person named from the "by" to
    /// the comma before the determiner that opens the subject ("the session") is an agent of the opening participle.
    /// </summary>
    private IReadOnlyList<string> FrontedAgents(IReadOnlySet<NodeType> types)
    {
        if (match.Trigger.Id != 1 || match.Trigger.Xpos != "VBN" || sentence.Words.Count < 3 || sentence.Lemma(sentence.Words[1]) != "by")
            return [];
        var end = sentence.Words.Skip(2).FirstOrDefault(w => w.Form == "," && w.Id < sentence.Words.Count
            && sentence.Lemma(sentence.Words[w.Id]) is "the" or "a" or "an" or "this");
        if (end is null)
            return [];
        return KeysNamedIn(sentence.Words.Where(w => w.Id > 2 && w.Id < end.Id), types);
    }

    /// <summary>
    /// "chaired by the co-chairs of the commission, from Azerbaijan - Prime Minister A and from Turkey - Vice President
    /// B": a plural title noun whose names the parser hangs under it as "from" phrases, not as appositions; every
    /// person in its phrase but its own "of" phrase (whose co-chairs they are).
    /// </summary>
    private IReadOnlyList<string> NamesUnder(IReadOnlySet<NodeType> types)
    {
        var noun = match.Trigger;
        if (noun.Xpos is not ("NNS" or "NNPS"))
            return [];
        var of = sentence.Children(noun).Where(c => c.Relation == "nmod" && sentence.CaseOf(c) == "of").SelectMany(sentence.Subtree).Select(w => w.Id).ToHashSet();
        return KeysNamedIn(sentence.Subtree(noun).Where(w => w.Id > noun.Id && !of.Contains(w.Id)), types);
    }

    /// <summary>
    /// "The co-chairmen of the Commission are Minister A and Deputy Prime Minister B": a title noun that is the subject
    /// of a copula names the people of the predicate, however the parser hangs the titled names in it.
    /// </summary>
    private IReadOnlyList<string> CopulaNames(IReadOnlySet<NodeType> types)
    {
        var noun = match.Trigger;
        if (noun.Relation != "nsubj" || sentence.Head(noun) is not { } predicate || !sentence.Children(predicate, "cop").Any())
            return [];
        var subject = sentence.Subtree(noun).Select(w => w.Id).ToHashSet();
        return KeysNamedIn(sentence.Subtree(predicate).Where(w => w.Id > noun.Id && !subject.Contains(w.Id)), types);
    }

    /// <summary>
    /// "under the chairmanship of Deputy Head A, and Secretary of State B": the parser may hang the second chair on the
    /// chairmanship noun rather than on the first; every person named in the noun's phrase after it chairs.
    /// </summary>
    private IReadOnlyList<string> NamesWithin(IReadOnlySet<NodeType> types) =>
        KeysNamedIn(sentence.Subtree(match.Trigger).Where(w => w.Id > match.Trigger.Id), types);

    /// <summary>
    /// "co-chaired by A, Joint Secretary (East), Ministry of External Affairs, India and Ambassador Dr B (Ph.D) ...":
    /// a long "by" phrase of titled names the parser may fold one into the other (A a compound of B); every person
    /// named in the phrase, but in a relative clause of it ("by A, who met C"), and in a caseless oblique after it.
    /// </summary>
    private IReadOnlyList<string> AgentPhraseNames(IReadOnlySet<NodeType> types)
    {
        var obliques = match.Anchors.SelectMany(a => sentence.Children(a)).Where(c => c.Relation.StartsWith("obl", StringComparison.Ordinal)).ToList();
        var by = obliques.Where(c => sentence.CaseOf(c) == "by").ToList();
        // "by A and Secretary, Bilateral Affairs of the Foreign Ministry of Y B": a title torn off the list as an
        // oblique of its own, with no case word, after the "by" phrase
        var agents = by.Concat(obliques.Where(c => by.Count > 0 && c.Id > by[0].Id && sentence.CaseOf(c) is null && c.Upos is "NOUN" or "PROPN")).ToList();
        var clauses = agents.SelectMany(sentence.Subtree).Where(w => w.Relation is "acl:relcl" or "acl").SelectMany(sentence.Subtree).Select(w => w.Id).ToHashSet();
        return KeysNamedIn(agents.SelectMany(sentence.Subtree).Where(w => !clauses.Contains(w.Id)), types);
    }

    /// <summary>"A along with his counterpart C co-chaired X": the parser hangs the "along with" phrase on the subject, not the verb.</summary>
    private IEnumerable<SyntaxWord> SubjectAlongWith() =>
        match.Anchors.SelectMany(a => sentence.Children(a, "nsubj")).SelectMany(s => sentence.Children(s, "nmod"))
            .Where(n => sentence.Children(n, "case").Select(sentence.Lemma).ToList() is [var first, "with"] && first is "along" or "together");

    /// <summary>The entities of the given types the words name, each once, in order.</summary>
    private IReadOnlyList<string> KeysNamedIn(IEnumerable<SyntaxWord> words, IReadOnlySet<NodeType> types) =>
        words.Select(sentence.MentionOf).OfType<Mention>().Where(m => types.Contains(m.Type)).Select(m => m.EntityKey).Distinct().ToList();
}
