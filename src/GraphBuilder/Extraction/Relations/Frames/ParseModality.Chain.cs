using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The words whose auxiliaries, negation and governing verbs give a frame's predicate its status.</summary>
internal static partial class ParseModality
{
    /// <summary>
    /// The trigger, its anchors, and the verbs above it through complements and meeting-noun objects
    /// ("expected to [hold [talks]]"), stopping at the first clause of its own.
    /// </summary>
    private static IEnumerable<SyntaxWord> Chain(FrameSentence sentence, FrameMatch match)
    {
        var seen = new HashSet<int>();
        foreach (var anchor in match.Anchors.Append(match.Trigger))
            if (seen.Add(anchor.Id))
                yield return anchor;
        var word = match.Predicate;
        for (var i = 0; i < 4; i++)
        {
            var head = sentence.Head(word);
            // "attempts to blacklist X" (acl of a noun) go on to the verb governing the noun: "blocked attempts";
            // "a resolution imposing sanctions" (no "to") says what the resolution does, not what it intends.
            // "evade sanctions imposed on X", "lifted the sanctions targeting X": a designation's participle goes on to the
            // noun it modifies and the verb governing that, as does any participle ("will attend the dinner hosted by B").
            // "is due to meet B" with "meet" parsed as an adverbial clause of the adjective: its complement; "will
            // travel to Beijing to meet B": a purpose clause happens when its verb does;
            // a meeting noun in an adverbial happens when its verb does ("will discuss X at their summit"); "called for X
            // to be designated" parsed with the infinitive an adverbial clause of "called" is the call's aim.
            if (head is null || word.Relation is not ("xcomp" or "obj" or "nsubj:pass")
                && !(word.Relation == "acl" && head.Upos == "NOUN" && (HasTo(sentence, word) || match.Frame.Relation == Graph.Relations.Designated || word.Xpos is "VBN" or "VBG"))
                && !(word.Relation == "advcl" && (head.Upos is "ADJ" or "VERB" || match.Frame.Relation == Graph.Relations.Designated) && HasTo(sentence, word))
                && !(word.Id == match.Trigger.Id && word.Upos == "NOUN" && word.Relation.StartsWith("obl", StringComparison.Ordinal))
                && !SharesAuxiliaries(sentence, word, head))
                yield break;
            if (seen.Add(head.Id))
                yield return head;
            word = head;
        }
    }

    /// <summary>
    /// "will attend the summit and meet B", "plans to visit Lima and meet B": UD hangs the auxiliary and the governing
    /// verb on the first conjunct only, so a bare verb joined to a verb, with no subject or auxiliary of its own, is read
    /// through it. Not after "but" ("did not attend the summit but met B"), and not a finite verb ("will attend ... and met").
    /// </summary>
    private static bool SharesAuxiliaries(FrameSentence sentence, SyntaxWord word, SyntaxWord head)
    {
        if (word.Relation != "conj" || word.Xpos != "VB" || head.Upos != "VERB")
            return false;
        foreach (var c in sentence.Children(word))
            if (c.Relation.StartsWith("nsubj", StringComparison.Ordinal) || c.Relation == "aux" || c.Relation == "cc" && sentence.Lemma(c) == "but")
                return false;
        return true;
    }
}
