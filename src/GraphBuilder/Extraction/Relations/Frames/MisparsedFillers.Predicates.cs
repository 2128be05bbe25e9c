using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// Designations the parser splits: the predicate adjective of "declared X unlawful" hung on the object, the name of "the
/// dissolution of the opposition X Party" hung under the description before it, the subject of "Among the designated
/// entities is X" hung on the copula.
/// </summary>
internal static partial class MisparsedFillers
{
    /// <summary>
    /// "declared the Front of India and eight associate organisations unlawful" parsed with "unlawful" an adjective
    /// after the last object (a conjunct the parser may hang on the verb): an adjective that follows its noun (English
    /// puts them before) is the verb's predicate.
    /// </summary>
    public static IEnumerable<SyntaxWord> PostnominalPredicate(FrameSentence sentence, FrameMatch match, Slot slot) =>
        match.Anchors.SelectMany(a => sentence.Children(a, "obj").Concat(sentence.Children(a, "conj").Where(c => c.Upos == "NOUN")))
            .SelectMany(o => sentence.Children(o, "conj").Prepend(o))
            .SelectMany(n => sentence.Children(n, "amod").Where(a => a.Id > n.Id && a.Upos == "ADJ"))
            .Where(a => slot.Lemmas is null || slot.Lemmas.Contains(sentence.Lemma(a)));

    /// <summary>
    /// "ordered the dissolution of the opposition Move Forward Party" parsed with the name under "opposition": a
    /// filler that is a bare common noun naming no one stands for the caseless name right after it, in its phrase (no
    /// comma between: "a series of leaders ... from X, the group Y, ..., the Treasury announced" names where they come
    /// from and who reports).
    /// </summary>
    public static IEnumerable<SyntaxWord> NameAfterDescription(FrameSentence sentence, IReadOnlyList<SyntaxWord> filled) =>
        filled.Where(w => w.Upos == "NOUN" && sentence.MentionOf(w) is null)
            .SelectMany(w => sentence.Children(w).Where(c => c.Relation is "nmod" or "compound" or "appos" && c.Id > w.Id
                && sentence.CaseOf(c) is null && sentence.MentionOf(c) is not null && !HasCommaBetween(sentence, w, c)));

    private static bool HasCommaBetween(FrameSentence sentence, SyntaxWord from, SyntaxWord to) =>
        sentence.Words.Skip(from.Id).Take(to.Id - from.Id - 1).Any(w => w.Form == ",");

    /// <summary>
    /// "Among the designated entities is Iran's X" parsed with X the subject of the copula itself: the predicate noun
    /// "entities" anchors the frame, so its subject hangs one word off (only under a predicate noun an act participle
    /// modifies: "They are A" keeps its own reading).
    /// </summary>
    public static IEnumerable<SyntaxWord> SubjectUnderCopula(FrameSentence sentence, FrameMatch match) =>
        match.Trigger.Relation == "cop" && sentence.Children(match.Predicate, "amod").Any(a => ActParticiples.Contains(sentence.Lemma(a)))
            ? sentence.Children(match.Trigger, "nsubj") : [];

    /// <summary>The participles that make the copula's predicate noun a listing ("the designated entities").</summary>
    private static readonly HashSet<string> ActParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "designate", "designated", "sanction", "sanctioned", "list", "listed", "proscribe", "proscribed", "ban", "banned", "blacklist", "blacklisted",
    };

    /// <summary>
    /// "Bahrain-based A and B have been designated" parsed with the participle "based" the subject and the names hung
    /// under it: a hyphened participle filler stands for the nominal after it that it modifies.
    /// </summary>
    public static IEnumerable<SyntaxWord> HyphenedHead(FrameSentence sentence, SyntaxWord filler) =>
        filler is { Upos: "VERB", Xpos: "VBN" } && filler.Id >= 3 && sentence.Words[filler.Id - 2].Form is "-" or "\u2010"
            ? sentence.Children(filler).Where(c => c.Id > filler.Id && c.Upos is "PROPN" or "NOUN" && c.Relation is "obl" or "obj" or "nmod").Take(1)
            : [filler];

    /// <summary>
    /// "A, B, C and D were banned" with A, whose hyphens the parser split ("Jaish - e-Mohammad"), hung elsewhere: the
    /// names that open the sentence, each closed by a comma, right before the passive subject's phrase are its first entries.
    /// </summary>
    public static IEnumerable<SyntaxWord> LeadingEntries(FrameSentence sentence, IReadOnlyList<SyntaxWord> filled)
    {
        if (filled.Count == 0)
            return [];
        var at = sentence.Words[sentence.Subtree(filled[0]).Min(w => w.Id) - 1];
        var entries = new List<SyntaxWord>();
        while (sentence.BeforeComma(at) is { } before && sentence.MentionOf(before) is { Type: Graph.NodeType.Organisation or Graph.NodeType.Person } named)
        {
            at = sentence.Words.First(w => sentence.MentionOf(w) == named);
            entries.Add(at);
        }
        return at.Id == 1 ? entries : [];
    }
}
