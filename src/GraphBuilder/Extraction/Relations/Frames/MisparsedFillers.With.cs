using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>A "with" partner the parser hung elsewhere.</summary>
internal static partial class MisparsedFillers
{
    /// <summary>
    /// "held talks in Beijing with visiting Foreign Minister B" parsed with "with" the mark of a clause "visiting B":
    /// the object of a "visiting" clause marked by "with" is the "with" partner.
    /// </summary>
    public static IEnumerable<SyntaxWord> WithVisiting(FrameSentence sentence, FrameMatch match) =>
        match.Anchors.SelectMany(a => sentence.Children(a, "advcl"))
            .Where(c => sentence.Lemma(c) == "visit" && c.Xpos == "VBG" && sentence.Children(c, "mark").Any(m => sentence.Lemma(m) == "with"))
            .SelectMany(c => sentence.Children(c, "obj"));
}
