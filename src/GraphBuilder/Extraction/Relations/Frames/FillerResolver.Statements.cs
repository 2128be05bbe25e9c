using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>A statement (decision, order) that acts stands for those who issued it.</summary>
internal sealed partial class FillerResolver
{
    private static readonly HashSet<string> StatementNouns = new(StringComparer.Ordinal)
    {
        "statement", "declaration", "decision", "order", "notification", "announcement", "decree",
    };

    /// <summary>
    /// "A joint statement by Saudi Arabia, Bahrain, Egypt and the UAE has placed 59 people on a terror list": the
    /// "by" agents (or the possessor) of a statement noun that is the act's subject did the act.
    /// </summary>
    private IEnumerable<SyntaxWord> StatementAuthors(SyntaxWord filler) =>
        StatementNouns.Contains(sentence.Lemma(filler))
            ? sentence.Children(filler).Where(c => c.Relation == "nmod:poss" || c.Relation == "nmod" && sentence.CaseOf(c) == "by")
            : [];
}
