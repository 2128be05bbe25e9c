namespace GraphBuilder.Syntax;

/// <summary>One repair of a parse: reads and rewrites its heads and labels (index 0 the root) and keeps it a tree.</summary>
internal delegate void ParseRepair(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l);

/// <summary>
/// The rules run after every parse, each undoing one misreading of the greedy parser that the relation frames
/// depend on (see each repair's summary; unit tests in tests/Syntax, arcs in TestData/Syntax/arcs.spec). They run in
/// the order below, the order `evaluate-syntax` measured them in: a conjunction read as a conjunct is made a cc
/// before the cc's are moved to their conjuncts.
/// </summary>
internal static class ParseRepairs
{
    private static readonly ParseRepair[] InOrder =
    [
        StrayConjunctionRepair.Apply,
        GluedConjunctionRepair.Apply,
        HaveParticipleRepair.Apply,
        InvertedAppositionRepair.Apply,
        DislocatedAppositionRepair.Apply,
        DayPhraseRepair.Apply,
        HyphenedModifierRepair.Apply,
        AdjectiveNameRepair.Apply,
        AdjectiveObjectRepair.Apply,
        ParticipleCompoundRepair.Apply,
        RelativeClauseRepair.Apply,
        RelativeSubjectRepair.Apply,
        FollowingRepair.Apply,
        CountedObjectRepair.Apply,
        CountedAppositionRepair.Apply,
        IncludingRepair.Apply,
        IncludingSubjectRepair.Apply,
        CoordinatedAsRepair.Apply,
        CoordinationRepair.Apply,
        CaseOrderRepair.Apply,
        ParticipleClauseRepair.Apply,
        SubjectRepair.Apply,
        SubjectRepair.ApplyOblique,
        SmallClauseRepair.Apply,
        PassiveSmallClauseRepair.Apply,
        FrontedSubjectRepair.Apply,
        ConjunctSubjectRepair.Apply,
        RootNounSubjectRepair.Apply,
        BetweenConjunctRepair.Apply,
        AsideVerbRepair.Apply,
    ];

    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        foreach (var repair in InOrder)
            repair(heads, labels, forms, tags, l);
    }
}
