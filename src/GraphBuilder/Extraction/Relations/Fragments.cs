namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// Regex fragments shared by the pattern families, over masked sentences (see MaskedSentence): tokens are
/// "⟦X7⟧" with X one of P (person), O (organisation), C (country), L (place), E (event).
/// The families build these patterns at run time (see Gated), not with [GeneratedRegex]: on .NET 10 the
/// source generator's code for them hung on one sentence and threw IndexOutOfRange on another.
/// </summary>
internal static class Fragments
{
    public const string Person = @"⟦P\d+⟧";

    /// <summary>One character of a gap that crosses no person token and no clause boundary.</summary>
    public const string Gap = @"(?:(?!⟦P)[^;])";

    /// <summary>Words that open a new clause: a gap running over them has left the pattern's clause.</summary>
    public const string ClauseWord = @"\b(?:who|whom|which|where|when|while|said|says|told|added|but)\b";

    /// <summary>Pronoun and title anaphors that may stand for a person subject (resolved by SubjectResolver).</summary>
    public const string Anaphor = @"\b(?:[Hh]e|[Ss]he)\b|\b[Tt]he\s+(?:[a-z-]+\s+){0,3}?" + TitleHead + @"\b";

    public const string TitleHead =
        "(?:minister|ambassador|envoy|secretary|adviser|advisor|president|chief|commander|official|diplomat|" +
        "counsell?or|coordinator|undersecretary|admiral|director|spokes(?:person|man|woman)|chair(?:man|woman)?|" +
        "governor|senator|premier|commissioner|high commissioner|attach[eé]|deputy)";

    /// <summary>A subject: a person token or an anaphor.</summary>
    public const string Subject = "(?<s>" + Person + "|" + Anaphor + ")";

    private const string ListSeparator = @"(?:\s*,\s*|\s*,?\s+(?:and|&)\s+)";

    /// <summary>
    /// "A, B and C": persons with titles or appositions between them, never crossing a clause word.
    /// Lists are atomic: once read, a list is never re-split while the rest of a pattern backtracks (the
    /// compiled regex engines otherwise explore every split and take seconds on one sentence).
    /// </summary>
    public const string PersonList = "(?>" + Person + "(?:" + ListSeparator + "(?:(?!⟦P|" + ClauseWord + ")[^;]){0,90}?" + Person + ")*)";

    /// <summary>A list of countries or places.</summary>
    public const string PlaceList = @"(?>⟦[CL]\d+⟧(?:" + ListSeparator + "(?:to\\s+)?(?:the\\s+)?" + @"⟦[CL]\d+⟧)*)";

    /// <summary>The stretch between a subject and its verb: no other person, no reporting verb.</summary>
    public const string SubjectGap = @"(?:(?!⟦P|\b(?:said|says|told|stated|noted|according)\b)[^;])";
}
