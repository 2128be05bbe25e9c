using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>Partners the parser hangs inside a list or a gap: plural meetings' titled names between commas, a co-chair after a list of sessions, a gapped clause's agent.</summary>
internal sealed partial class Roles
{
    /// <summary>Words that end a "with" list: the clause or the scene goes on ("... and C in L", "... and C, who", "... during").</summary>
    private static readonly HashSet<string> ListEnds = new(StringComparer.Ordinal)
    {
        "in", "at", "on", "during", "after", "before", "while", "who", "whom", "which", "where", "when", "whose", "that",
        "including", "as", "to", "over",
    };

    /// <summary>
    /// "held bilateral meetings (talks) with his counterpart, A, the Minister for Defence, B and Minister for Police, C in L": a
    /// list of titled names the parser tears apart (a title taken for an apposition of one, a name for another's
    /// oblique); plural meetings with a list meet each person in it, every person named from the "with" to the first
    /// verb, clause word or place phrase, when there are at least two.
    /// </summary>
    private IReadOnlyList<string> WithMany(IReadOnlySet<NodeType> types)
    {
        var noun = match.Trigger;
        if (noun.Xpos != "NNS" || sentence.Lemma(noun) is not ("meeting" or "talk")
            || sentence.Words.FirstOrDefault(w => w.Id > noun.Id && w.Id <= noun.Id + 2 && sentence.Lemma(w) == "with") is not { } with)
            return [];
        // a word of a name is no verb, whatever its tag ("President of the United States B": "United" tagged a verb)
        var list = sentence.Words.Skip(with.Id).TakeWhile(w => sentence.MentionOf(w) is not null
            || w.Upos is not ("VERB" or "AUX" or "SCONJ") && w.Form is not (";" or ":" or "." or "(") && !ListEnds.Contains(sentence.Lemma(w)));
        return KeysNamedIn(list, types) is { Count: >= 2 } keys ? keys : [];
    }

    /// <summary>
    /// "A co-chaired the X, Y and Z meetings with Member of the Standing Committee of ... and Vice Premier B": the parser
    /// hangs the "with" phrase inside the long list of sessions (a conjunct, an apposition); the first "with" phrase
    /// after the verb in its own clause (no other verb between) is the partner.
    /// </summary>
    private IEnumerable<SyntaxWord> WithInObject() =>
        sentence.Subtree(match.Predicate).Where(w => w.Id > match.Predicate.Id && sentence.CaseOf(w) == "with" && !UnderOtherVerb(w))
            .OrderBy(w => w.Id).Take(1);

    private bool UnderOtherVerb(SyntaxWord word)
    {
        for (var w = sentence.Head(word); w is not null && w.Id != match.Predicate.Id; w = sentence.Head(w))
            if (w.Upos is "VERB" or "AUX")
                return true;
        return false;
    }

    /// <summary>
    /// "he was visited by the president of Chile, A, while on Thursday by the president of Ecuador, B": a gapped clause
    /// repeats the verb with a "by" phrase of its own, which the parser hangs on a word of the gap; a "by" phrase after a
    /// "while" or "and" that follows the verb's own agent, in the verb's clause, names another agent.
    /// </summary>
    private IEnumerable<SyntaxWord> GappedAgents()
    {
        var agent = sentence.Children(match.Predicate).FirstOrDefault(c => c.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(c) == "by");
        if (agent is null || sentence.Words.Skip(agent.Id).FirstOrDefault(w => sentence.Lemma(w) is "while" or "and" && w.Upos is "SCONJ" or "CCONJ") is not { } gap)
            return [];
        return sentence.Subtree(match.Predicate).Where(w => w.Id > gap.Id && w.Relation is "nmod" or "obl" && sentence.CaseOf(w) == "by" && !UnderOtherVerb(w));
    }
}
