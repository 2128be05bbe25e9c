using GraphBuilder.Syntax;

namespace GraphBuilder.Tests.Syntax;

/// <summary>A conjunction the parser hung on a modifier of the next conjunct moves up to that conjunct; others stay.</summary>
public class CoordinationRepairTests
{
    private const int Cc = 0, Conj = 1, Dep = 2, Root = 3;

    // "Olan and Prime Minister Mara signed": "and" (2) under the title "Minister" (4) of the conjunct "Mara" (5).
    [TestCase(new[] { -1, 6, 4, 4, 5, 1, 0 }, new[] { -1, Dep, Cc, Dep, Dep, Conj, Root }, 5)]
    // already on the conjunct
    [TestCase(new[] { -1, 6, 5, 4, 5, 1, 0 }, new[] { -1, Dep, Cc, Dep, Dep, Conj, Root }, 5)]
    // no conjunct above the head before the path leaves the words after "and": left alone
    [TestCase(new[] { -1, 6, 4, 4, 1, 1, 0 }, new[] { -1, Dep, Cc, Dep, Dep, Dep, Root }, 4)]
    // the head of "and" is to its left: left alone
    [TestCase(new[] { -1, 6, 1, 4, 5, 1, 0 }, new[] { -1, Dep, Cc, Dep, Dep, Conj, Root }, 1)]
    public void ConjunctionHangsOnTheConjunct(int[] heads, int[] labels, int headOfAnd)
    {
        CoordinationRepair.Apply(heads, labels, RepairTables.NoForms(6), RepairTables.Tags(6), RepairTables.For([], "cc", "conj", "dep", "root"));
        Assert.That(heads[2], Is.EqualTo(headOfAnd));
    }
}
