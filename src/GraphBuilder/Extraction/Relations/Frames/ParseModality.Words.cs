using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The words ParseModality reads a status from: auxiliaries, negators, and the verbs that intend, undo, end or react.</summary>
internal static partial class ParseModality
{
    /// <summary>
    /// Auxiliaries of what has not happened: the future, and the modals of what could or should ("X should be added to
    /// the list", "any organisation which poses a threat can be classified as undesirable": what a law allows).
    /// </summary>
    private static readonly HashSet<string> FutureAux = new(StringComparer.Ordinal)
        { "will", "shall", "would", "'ll", "wo", "'d", "should", "could", "might", "may", "must", "ought", "can", "ca" };

    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal) { "not", "never", "n't", "no", "neither", "nor" };

    /// <summary>Verbs whose complement has not happened (yet): "plans to meet", "moves to proscribe".</summary>
    private static readonly HashSet<string> Intending = new(StringComparer.Ordinal)
    {
        "plan", "expect", "set", "schedule", "due", "intend", "hope", "aim", "agree", "seek", "want", "propose",
        "move", "prepare", "look", "wish", "go", "try", "consider", "mull", "weigh", "promise", "pledge", "vow",
        "offer", "invite", "urge", "ask", "call", "likely", "able",
        // an act still weighed: "is reviewing (studying, debating) designating X"
        "review", "study", "examine", "assess", "debate", "discuss", "explore",
        // a text put forward, not adopted: "tabled (circulated, submitted) a resolution designating X"
        "table", "circulate", "submit", "sponsor", "co-sponsor",
        "attempt", "request", "bid", "proposal", "resolution", "plan", "draft", "effort", "push", "motion", "application",
        // a claim put to a court: "filed a lawsuit with a demand to recognise X as terrorist"
        "demand", "petition", "lawsuit", "suit",
        // "made preparations for a meeting between A and B"
        "preparation",
    };

    /// <summary>Verbs under which it did not happen: "failed to meet", "cancelled the meeting".</summary>
    private static readonly HashSet<string> Undoing = new(StringComparer.Ordinal)
    {
        "fail", "refuse", "decline", "cancel", "postpone", "scrap", "reject", "deny", "avoid", "delay", "suspend",
        "block", "oppose", "veto", "prevent", "stop", "thwart", "resist",
        // an act undone: "lifted sanctions on A", "annulled the listing of X", "revoked the designation"
        "lift", "remove", "revoke", "rescind", "annul", "overturn", "quash", "ease", "withdraw", "repeal", "waive", "drop",
        // an act that ran out: "the EU's sanctions on A expired in January"
        "expire", "lapse",
        // an act only presupposed: "used accounts to evade sanctions targeting X" reports no one's designation
        "evade", "circumvent", "skirt", "dodge", "bypass", "violate", "breach", "bust",
    };

    private static readonly HashSet<string> FutureWords = new(StringComparer.Ordinal)
    {
        "planned", "upcoming", "proposed", "scheduled", "next", "tomorrow", "forthcoming", "future", "coming", "draft",
    };

    /// <summary>
    /// "laid a draft order before Parliament to proscribe X": a noun the act hangs on that is itself only drafted or
    /// proposed ("draft", "proposed" as its modifier) has not made the act yet.
    /// </summary>
    private static bool IsDraftNoun(FrameSentence sentence, SyntaxWord word, List<SyntaxWord> children) =>
        word.Upos == "NOUN" && children.Any(c => c.Relation is "compound" or "amod" && FutureWords.Contains(sentence.Lemma(c)));

    /// <summary>
    /// "made preparations (plans) for a meeting between A and B", "preparations for their talks": a meeting an intending
    /// noun is for, or the verb of such a noun is for, is still to come.
    /// </summary>
    private static bool IsPreparedFor(FrameSentence sentence, SyntaxWord word) =>
        word.Upos == "NOUN" && word.Relation is "nmod" or "obl" && sentence.CaseOf(word) == "for" && sentence.Head(word) is { } head
        && (head.Upos == "NOUN" && Intending.Contains(sentence.Lemma(head))
            || head.Upos == "VERB" && sentence.Children(head, "obj").Any(o => Intending.Contains(sentence.Lemma(o))));

    /// <summary>Verbs by which an act in force ran out ("the sanctions expired").</summary>
    private static readonly HashSet<string> Ending = new(StringComparer.Ordinal) { "expire", "lapse", "end", "cease" };

    /// <summary>Verbs of reacting to an act: what they react to was done.</summary>
    private static readonly HashSet<string> Reactions = new(StringComparer.Ordinal)
    {
        "welcome", "hail", "praise", "applaud", "commend", "criticise", "criticize", "condemn", "denounce", "slam", "protest", "decry",
    };
}
