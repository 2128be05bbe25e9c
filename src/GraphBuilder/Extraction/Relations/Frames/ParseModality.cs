using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// Whether a frame's predicate reports what happened, what is planned, or what did not happen, read from
/// the parse: its auxiliaries ("will"), negation ("not", "never", "neither A nor B"), the verb it is the
/// complement of ("plans to", "is expected to", "moves to", "failed to") and, for a meeting noun, the verb
/// that governs it ("cancelled a meeting") and its modifiers ("a planned meeting", "next week").
/// </summary>
internal static partial class ParseModality
{
    /// <summary>Happened, planned, or null when negated or undone.</summary>
    public static string? Of(FrameSentence sentence, FrameMatch match)
    {
        // "the EU's sanctions on A expired": the verb a nominal designation is the subject of may end it (only an ending
        // verb: "the sanctions will freeze ..." says nothing of when they were imposed, "X's proscription has not stopped
        // its supporters" undoes nothing)
        if (match.Frame.Relation == Graph.Relations.Designated && match.Trigger is { Upos: "NOUN", Relation: "nsubj" }
            && sentence.Head(match.Trigger) is { } verb && Ending.Contains(sentence.Lemma(verb)))
            return null;
        if (IsDenied(sentence, match.Predicate))
            return null;
        var status = EdgeStatus.Happened;
        SyntaxWord? below = null;
        foreach (var word in Chain(sentence, match))
        {
            // "went to Lima to meet B": the verb a purpose clause hangs on carries its tense, not its intent
            // (a designation's infinitive is the aim of a call: "called for X to be designated")
            var purpose = below is { Relation: "advcl" } && below.Head == word.Id && word.Upos == "VERB"
                && match.Frame.Relation != Graph.Relations.Designated;
            // "issued a resolution designating A" (a participle, no "to") says what the resolution does; "a resolution
            // (a bid) to designate A" what it intends
            var doneBy = word.Upos == "NOUN" && below is { Relation: "acl" } && below.Head == word.Id && !HasTo(sentence, below);
            below = word;
            var children = sentence.Children(word);
            if (IsNegated(sentence, children))
                return null;
            if (word.Id != match.Trigger.Id && IsUndoing(sentence, word) && !IsRejectedAct(sentence, match, word))
                return null;
            if (word.Id == match.Trigger.Id && match.Frame.Relation == Graph.Relations.Designated && HasUndoingModifier(sentence, children))
                return null;
            if (IsFuture(sentence, children) && !IsMadeOrder(sentence, word) || HasFutureSubject(sentence, children) || IsOpenQuestion(sentence, children)
                || word.Id != match.Trigger.Id && IsDraftNoun(sentence, word, children)
                || word.Id == match.Trigger.Id && IsPreparedFor(sentence, word)
                || children.Any(c => c.Relation is "obl:tmod" or "obl" or "nmod:tmod" && IsFutureTime(sentence, c))
                || word.Id != match.Trigger.Id && !purpose && !doneBy && !GovernsAdverbial(sentence, match, word) && Intending.Contains(sentence.Lemma(word))
                    && !IsReactedTo(sentence, word) && !IsAdopted(sentence, match, word))
                status = EdgeStatus.Planned;
        }
        return status;
    }

    /// <summary>"at the next session", "next week": an oblique of time or occasion to come; not a person's ("held talks with the
    /// likely next chancellor, B": who B will be, not when they met).</summary>
    private static bool IsFutureTime(FrameSentence sentence, SyntaxWord oblique) =>
        sentence.Children(oblique).Any(d => FutureWords.Contains(sentence.Lemma(d))) && !DescriptionResolver.IsPersonHead(sentence, oblique);

    /// <summary>"not", "never" on the word, or "neither A nor B" as its subject (loops, not closures: this runs for every frame).</summary>
    private static bool IsNegated(FrameSentence sentence, List<SyntaxWord> children)
    {
        foreach (var c in children)
        {
            if (c.Relation is "advmod" or "neg" or "det" or "cc:preconj" && Negators.Contains(sentence.Lemma(c)))
                return true;
            if (c.Relation.StartsWith("nsubj", StringComparison.Ordinal))
                foreach (var d in sentence.Children(c))
                    if (d.Relation == "cc:preconj" && sentence.Lemma(d) == "neither")
                        return true;
        }
        return false;
    }

    /// <summary>"will", also below a compound or adverb the parser put between; "planned", "next".</summary>
    private static bool IsFuture(FrameSentence sentence, List<SyntaxWord> children)
    {
        foreach (var c in children)
        {
            if (c.Relation == "aux" && FutureAux.Contains(sentence.Lemma(c))
                || c.Relation is "amod" or "advmod" or "obl:tmod" or "nmod:tmod" or "obl" && FutureWords.Contains(sentence.Lemma(c)))
                return true;
            if (c.Relation is "compound" or "advmod")
                foreach (var d in sentence.Children(c))
                    if (d.Relation == "aux" && FutureAux.Contains(sentence.Lemma(d)))
                        return true;
        }
        return false;
    }

    /// <summary>
    /// "is reviewing whether to designate X", "asked whether A would be listed": a question still open is no act; nor is
    /// what "is to" be done ("X is also to be proscribed": a "be" before the infinitive's "to").
    /// </summary>
    private static bool IsOpenQuestion(FrameSentence sentence, List<SyntaxWord> children)
    {
        foreach (var c in children)
            if (c.Relation == "mark" && sentence.Lemma(c) == "whether"
                || c.Relation == "mark" && sentence.Lemma(c) == "to" && HasBeBefore(sentence, children, c.Id))
                return true;
        return false;
    }

    /// <summary>A "be" auxiliary or copula before the word at the id (its own method: a closure in IsOpenQuestion was made for every dependent).</summary>
    private static bool HasBeBefore(FrameSentence sentence, List<SyntaxWord> children, int id) =>
        children.Exists(b => b.Relation is "cop" or "aux" && b.Id < id && sentence.Lemma(b) == "be");

    /// <summary>"A draft list seen by Reuters includes A", "The proposed sanctions target A": a subject that is not in force yet.</summary>
    private static bool HasFutureSubject(FrameSentence sentence, List<SyntaxWord> children)
    {
        foreach (var c in children)
            if (c.Relation == "nsubj")
                foreach (var d in sentence.Children(c))
                    if (d.Relation is "amod" or "compound" && FutureWords.Contains(sentence.Lemma(d)))
                        return true;
        return false;
    }

    /// <summary>An undoing verb, also where the lemmatiser cut it wrongly ("annulled" -> "annull").</summary>
    private static bool IsUndoing(FrameSentence sentence, SyntaxWord word) =>
        Undoing.Contains(sentence.Lemma(word))
        || word.Upos == "VERB" && RegularVerbs.Candidates(word.Form.ToLowerInvariant()).Any(Undoing.Contains);

    /// <summary>
    /// "The court annulled sanctions against A" tagged with "annulled" an adjective of the sanctions noun, "the lifted
    /// sanctions": a participle of an undoing verb on a designation noun undoes it as its verb would.
    /// </summary>
    private static bool HasUndoingModifier(FrameSentence sentence, List<SyntaxWord> children)
    {
        foreach (var c in children)
            if (c.Relation == "amod" && (Undoing.Contains(sentence.Lemma(c))
                || c.Form.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && RegularVerbs.Candidates(c.Form.ToLowerInvariant()).Any(Undoing.Contains)))
                return true;
        return false;
    }

    /// <summary>"welcomed the move (decision) by the United States to designate X": an act reacted to was made, it is no intention.</summary>
    private static bool IsReactedTo(FrameSentence sentence, SyntaxWord word) =>
        word.Upos == "NOUN" && sentence.Lemma(word) is "move" or "decision" or "step" && word.Relation == "obj"
        && sentence.Head(word) is { } verb && Reactions.Contains(sentence.Lemma(verb));

    /// <summary>"A and B agreed during talks to ...": the verb a meeting noun's adverbial hangs on is no intention of the meeting.</summary>
    private static bool GovernsAdverbial(FrameSentence sentence, FrameMatch match, SyntaxWord word) =>
        match.Trigger.Relation.StartsWith("obl", StringComparison.Ordinal) && match.Trigger.Head == word.Id;

    private static bool HasTo(FrameSentence sentence, SyntaxWord word) =>
        sentence.Children(word, "mark").Any(m => sentence.Lemma(m) == "to");
}
