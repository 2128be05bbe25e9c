using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>Agents of a passive the parser hung elsewhere than the "by" phrase: after it on the verb, or inside a phrase after it.</summary>
internal static partial class MisparsedFillers
{
    /// <summary>
    /// "designated by the United States, the European Union and Britain" with the second agent read as an
    /// adverbial of the verb: a name after the agent with no case word, set off by a comma, is another agent; so is
    /// a "by" phrase joined to the verb ("by Canada in 2012 and by Britain in 2014"), and a name joined to the verb with
    /// no case word or clause of its own ("led by A, Assistant Secretary for X; and B, ..."), or whose phrase
    /// starts right where the agent's ends ("co-chaired by Peruvian Minister A and Chilean Minister B" with the
    /// "and" hung inside A's phrase).
    /// </summary>
    public static IEnumerable<SyntaxWord> StrayAgents(FrameSentence sentence, FrameMatch match, SyntaxWord agent) =>
        match.Anchors.SelectMany(sentence.Children)
            .Where(c => c.Id > agent.Id && c.Upos is "NOUN" or "PROPN" && sentence.MentionOf(c) is not null
                && (c.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(c) is null
                        && (sentence.Children(c).Any(p => p.Relation == "punct" && p.Form == "," && p.Id < c.Id) || Follows(sentence, agent, c))
                    || c.Relation == "conj" && sentence.CaseOf(c) == "by"
                    || c.Relation == "conj" && sentence.CaseOf(c) is null
                        && (sentence.Children(c).Any(p => p.Form == ";" || p.Relation == "cc") || Follows(sentence, agent, c))
                        && !sentence.Children(c).Any(p => p.Relation.StartsWith("nsubj", StringComparison.Ordinal) || p.Relation is "cop" or "aux" or "aux:pass")));

    /// <summary>
    /// "The Peruvian delegation was led by A and the Chilean delegation by B", "..., while the Chilean side by B": a
    /// gapped clause's "by" phrase, which the parser hangs on the first agent or on the second side's noun, is another
    /// agent (of a co-chair only: each agent leads a delegation of its own country, which a gapped clause names apart).
    /// </summary>
    public static IEnumerable<SyntaxWord> GappedAgents(FrameSentence sentence, FrameMatch match, SyntaxWord agent) =>
        match.Frame.Relation != Graph.Relations.CoChaired ? []
            : sentence.Words.Where(w => w.Id > agent.Id && Sides.Contains(sentence.Lemma(w))).Prepend(agent).SelectMany(sentence.Children)
                .Where(c => c.Relation == "nmod" && sentence.CaseOf(c) == "by" && sentence.MentionOf(c) is not null);

    /// <summary>
    /// "was headed by Mr. A, Minister of X; the other side was led by Mr. B" parsed with the trigger's "by" a marker of
    /// the second clause's verb and A an unmarked adverbial of that verb: the first name after a "by" right after the
    /// trigger, hung with it on one later verb, is the trigger's agent.
    /// </summary>
    public static IEnumerable<SyntaxWord> MarkedAgent(FrameSentence sentence, FrameMatch match)
    {
        if (match.Trigger.Id >= sentence.Words.Count || sentence.Words[match.Trigger.Id] is not { Relation: "mark" } by
            || sentence.Lemma(by) != "by" || sentence.Head(by) is not { Upos: "VERB" } verb || verb.Id < by.Id)
            return [];
        return sentence.Words.Where(w => w.Id > by.Id && w.Id < verb.Id && w.Head == verb.Id && w.Relation.StartsWith("obl", StringComparison.Ordinal)
            && sentence.CaseOf(w) is null && sentence.MentionOf(w) is not null).Take(1);
    }

    private static readonly HashSet<string> Sides = new(StringComparer.Ordinal) { "delegation", "side", "team" };

    /// <summary>Whether the phrase of word begins right after the last word of the phrase of before.</summary>
    private static bool Follows(FrameSentence sentence, SyntaxWord before, SyntaxWord word) =>
        sentence.Subtree(before).Last().Id + 1 == sentence.Subtree(word).First().Id;

    /// <summary>
    /// "co-chaired by A, Additional Secretary for the Americas at the Ministry of External Affairs, and B, ..." parsed with
    /// "at the Ministry" a phrase of the verb and B a conjunct inside it: a person joined by a conjunction to a word of a
    /// case phrase after the agent, where that word names no person, is another agent; so is one inside a case phrase
    /// of the agent or its conjuncts ("by Director General A of X's Ministry of Y, Director General B from Z's Ministry of
    /// Y and Director General C of W's Ministry of V" with C a conjunct of B's ministry's "Y").
    /// </summary>
    public static IEnumerable<SyntaxWord> StrandedAgents(FrameSentence sentence, FrameMatch match, SyntaxWord agent) =>
        match.Anchors.SelectMany(sentence.Children)
            .Where(c => c.Id > agent.Id && c.Relation.StartsWith("obl", StringComparison.Ordinal) && sentence.CaseOf(c) is not null)
            .Concat(sentence.Children(agent, "conj").Prepend(agent).SelectMany(sentence.Children)
                .Where(c => c.Id > agent.Id && c.Relation == "nmod" && sentence.CaseOf(c) is not null))
            .SelectMany(sentence.Subtree)
            .Where(w => w.Relation == "conj" && sentence.MentionOf(w) is { Type: NodeType.Person }
                && sentence.Children(w).Any(p => p.Relation == "cc")
                && sentence.Head(w) is { } head && sentence.MentionOf(head) is not { Type: NodeType.Person });
}
