using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The members an "including" phrase names, wherever the parser hung it.</summary>
internal static partial class MisparsedFillers
{
    /// <summary>
    /// "froze the assets of three individuals ..., including A", "imposed sanctions on six people ..., including
    /// A": the "including" phrase the parser hangs on the trigger, its support verb or the counted phrase itself
    /// names members of that phrase; so does one under the "as" phrase ("designated 12 individuals as terrorists,
    /// including A"), and a name with "among them" ("..., among them A"); also an "including" phrase parsed as a
    /// parataxis of the verb ("imposed asset freezes on three people linked to X, including its founder A"); and after
    /// a counted object, one hung on a later case phrase of the verb ("sanctioned four officials over the crackdown
    /// on protesters, including the minister, A"), or lower in it ("banned 10 groups since 2000, including A", the
    /// phrase hung on the comma after the year).
    /// </summary>
    public static IEnumerable<SyntaxWord> Including(FrameSentence sentence, FrameMatch match, IEnumerable<SyntaxWord> filled)
    {
        var heads = match.Anchors.Append(match.Trigger).Concat(filled).Distinct().ToList();
        if (heads.FirstOrDefault(h => sentence.Children(h, "nummod").Any()) is { } counted)
            heads.AddRange(sentence.Children(match.Trigger).Where(c => c.Relation.StartsWith("obl", StringComparison.Ordinal) && c.Id > counted.Id)
                .SelectMany(sentence.Subtree).ToList());
        heads.AddRange(heads.SelectMany(sentence.Children).Where(c => sentence.CaseOf(c) == "as").ToList());
        return heads.SelectMany(sentence.Children)
            .Where(c => (c.Relation.StartsWith("obl", StringComparison.Ordinal) || c.Relation is "nmod" or "parataxis") && sentence.CaseOf(c) == "include"
                || c.Relation is "appos" or "nmod" && sentence.Children(c).Any(p => p.Upos == "PRON" && sentence.CaseOf(p) == "among"));
    }
}
