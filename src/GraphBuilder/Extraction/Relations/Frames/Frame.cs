namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// One slot of a frame: a dependent with a UD label (Relation, "" for obl or nmod), optionally with a case
/// word ("with") and a lemma of its own ("list"); or, when Special is set, something the article supplies
/// ("head", "session", "designator", "subject", "pair", "colon", "predicate"). See Lexicons/relation-frames.txt.
/// </summary>
internal sealed record Slot(string Relation, string? Case, IReadOnlySet<string>? Lemmas, string? Special)
{
    public static Slot Parse(string text)
    {
        // "@listed=designate,sanction": a special slot may carry lemmas of its own
        if (text.StartsWith('@'))
            return text.IndexOf('=') is var at and > 0
                ? new Slot("", null, new HashSet<string>(text[(at + 1)..].Split(','), StringComparer.OrdinalIgnoreCase), text[1..at])
                : new Slot("", null, null, text[1..]);
        var lemmaAt = text.IndexOf('=');
        var lemmas = lemmaAt < 0 ? null : new HashSet<string>(text[(lemmaAt + 1)..].Split(','), StringComparer.OrdinalIgnoreCase);
        var head = lemmaAt < 0 ? text : text[..lemmaAt];
        var caseAt = head.IndexOf('/');
        return caseAt < 0
            ? new Slot(head, null, lemmas, null)
            : new Slot(head[..caseAt], head[(caseAt + 1)..], lemmas, null);
    }

    /// <summary>Whether a dependency label fits: "obl" takes "obl:agent" too, "nsubj" never "nsubj:pass", "" is obl or nmod.</summary>
    public bool Fits(string relation)
    {
        if (Relation.Length == 0)
            return Base(relation) is "obl" or "nmod";
        if (Relation.Contains(':'))
            return relation == Relation;
        return relation == Relation || Base(relation).SequenceEqual(Relation) && Relation != "nsubj" && Relation != "nmod";
    }

    /// <summary>The label without its subtype, as a span: this runs for every dependent a slot looks at.</summary>
    private static ReadOnlySpan<char> Base(string relation) =>
        relation.IndexOf(':') is var colon and >= 0 ? relation.AsSpan(0, colon) : relation;
}

/// <summary>
/// A relation frame: the trigger lemmas (when Supported, "verb+noun" keys: the noun "talks" governed by the
/// support verb "hold" is "hold+talks"), the slots that may fill the source, the target, a symmetric pair and the "as" attribute, and
/// the conditions need/not/min. A Backoff frame is read only where no other frame gave the sentence an edge of its
/// relation (a wider net for parses the exact frames miss).
/// </summary>
internal sealed record Frame(
    string Relation,
    IReadOnlySet<string> Triggers,
    bool Supported,
    IReadOnlyList<Slot> Source,
    IReadOnlyList<Slot> Target,
    IReadOnlyList<Slot> Pair,
    IReadOnlyList<Slot> As,
    string? FixedAs,
    IReadOnlyList<Slot> Need,
    IReadOnlyList<Slot> Not,
    int Min,
    bool VerbOnly = false,
    IReadOnlyList<Slot>? Also = null,
    bool NounOnly = false,
    bool Backoff = false)
{
    public bool IsSymmetric => Graph.Relations.IsSymmetric(Relation);
}
