using GraphBuilder.Documents;

namespace GraphBuilder.Tests.Documents;

/// <summary>Ids are file stems when unique, else the shortest path tail that tells the files apart.</summary>
public class DocumentIdsTests
{
    [TestCase(new[] { "/a/one.txt", "/b/two.txt" }, new[] { "one", "two" })]
    [TestCase(new[] { "/x/d1/report.txt", "/x/d2/report.txt", "/x/d2/other.txt" }, new[] { "d1/report", "d2/report", "other" })]
    [TestCase(new[] { "/p/x/report.txt", "/q/x/report.txt" }, new[] { "p/x/report", "q/x/report" })]
    [TestCase(new[] { "/p/report.txt", "/p/report.md" }, new[] { "/p/report.txt", "/p/report.md" })]
    public void IdsAreUnique(string[] files, string[] ids)
    {
        var assigned = DocumentIds.Assign(files);
        Assert.That(files.Select(f => assigned[f]), Is.EqualTo(ids));
    }
}
