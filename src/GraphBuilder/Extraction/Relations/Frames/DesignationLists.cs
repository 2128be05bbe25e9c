using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// "has included two organizations to the list of undesirable NGOs", "entered X in the terrorist register": a list
/// phrase (after a case word of the need, @designationlist=to,in) whose own words say it lists designations. A bare
/// list is many things ("included in the list of speakers", "entered in the register of companies"), so these verbs,
/// unlike "add ... to its list" after a sanctions act, need the list's kind said.
/// </summary>
internal static class DesignationLists
{
    private static readonly HashSet<string> ListNouns = new(StringComparer.OrdinalIgnoreCase) { "list", "register", "registry", "blacklist" };

    /// <summary>Words that make a list one of designations ("terrorist list", "list of undesirable organisations").</summary>
    private static readonly HashSet<string> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "terrorist", "terror", "terrorism", "sanction", "sanctions", "undesirable", "banned", "proscribed", "extremist",
        "extremism", "wanted", "designated", "prohibited", "outlawed", "forbidden", "unlawful", "illegal", "blacklisted",
    };

    /// <summary>Whether a lemma is a list's noun ("list", "register", "blacklist").</summary>
    public static bool IsListNoun(string lemma) => ListNouns.Contains(lemma);

    public static bool Holds(FrameSentence sentence, FrameMatch match, Slot need) =>
        sentence.Children(match.Trigger).Any(c => sentence.RelationOf(c).StartsWith("obl", StringComparison.Ordinal)
            && ListNouns.Contains(sentence.Lemma(c)) && sentence.CaseOf(c) is { } word && need.Lemmas?.Contains(word) == true
            && OfKind(sentence, c, 2));

    /// <summary>
    /// "the Committee listed A", "was listed by the Sanctions Committee": a sanctions committee's listing is its act of
    /// designation even before the article names one (@listingbody); other subjects "list" priorities and demands.
    /// </summary>
    public static bool ByListingBody(FrameSentence sentence, FrameMatch match) =>
        sentence.Children(match.Trigger).Any(c => (c.Relation == "nsubj" || sentence.RelationOf(c).StartsWith("obl", StringComparison.Ordinal)
            && sentence.CaseOf(c) == "by") && IsListingBody(sentence, c));

    private static bool IsListingBody(FrameSentence sentence, SyntaxWord word) =>
        sentence.MentionOf(word) is { } body
            ? body.Text.Contains("Sanctions", StringComparison.OrdinalIgnoreCase) || body.Text.Contains("Committee", StringComparison.Ordinal)
            : sentence.Lemma(word) == "committee" && word.Form == "Committee";

    /// <summary>
    /// "Also on the list was A" after a designation: an "on" phrase of the predicate whose list is the one designated (no
    /// "of" phrase of its own) or says its kind; not "On the list of speakers was A".
    /// </summary>
    public static bool OnDesignationList(FrameSentence sentence, FrameMatch match) =>
        match.Anchors.SelectMany(sentence.Children).Any(c => ListNouns.Contains(sentence.Lemma(c)) && sentence.CaseOf(c) == "on"
            && (OfKind(sentence, c, 2) || !sentence.Children(c).Any(n => n.Relation.StartsWith("nmod", StringComparison.Ordinal) && sentence.CaseOf(n) == "of")));

    /// <summary>A kind word on the list noun, or on the noun of its "of" phrase ("list of undesirable NGOs").</summary>
    private static bool OfKind(FrameSentence sentence, SyntaxWord word, int depth) =>
        sentence.Children(word).Any(c => Kinds.Contains(sentence.Lemma(c)) || Kinds.Contains(c.Form)
            || depth > 1 && sentence.RelationOf(c).StartsWith("nmod", StringComparison.Ordinal) && OfKind(sentence, c, depth - 1));
}
