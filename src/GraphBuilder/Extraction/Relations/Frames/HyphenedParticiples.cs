using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// "a U.S.-designated terrorist group", "the EU-blacklisted X": a participle joined by a hyphen to the name before
/// it says who acted, and modifies what was acted on. Its trigger key is the verb with a leading hyphen
/// ("-designate"), so the frames of Lexicons/relation-frames.txt tell it from the verb of a clause. The tokeniser
/// keeps "U.S.-designated" one word and splits "EU-blacklisted" into three (no spaces between).
/// </summary>
internal static class HyphenedParticiples
{
    /// <summary>"-designate" for such a participle whose key the frames know; null for any other word.</summary>
    public static string? Key(FrameSentence sentence, SyntaxWord word)
    {
        if (!word.Form.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            return null;
        var dash = word.Form.LastIndexOf('-');
        var participle = dash > 0 ? NamedBefore(sentence, word, dash) ? word.Form[(dash + 1)..] : null
            : JoinedName(sentence, word) is not null ? word.Form : null;
        if (participle is null)
            return null;
        var form = participle.ToLowerInvariant();
        var verb = RegularVerbs.TriggerOf(form, FrameBook.Instance) ?? form;
        return FrameBook.Instance.Knows("-" + verb) ? "-" + verb : null;
    }

    /// <summary>Whether a body or country is named by the word's part before its dash ("U.S.-designated", not "re-listed").</summary>
    private static bool NamedBefore(FrameSentence sentence, SyntaxWord word, int dash) =>
        sentence.MentionOf(word) is { Type: Graph.NodeType.Organisation or Graph.NodeType.Country } m && m.Start <= word.Start && m.End <= word.Start + dash;

    /// <summary>The body or country before "-" right before the participle, all three written together; null when not so joined.</summary>
    private static SyntaxWord? JoinedName(FrameSentence sentence, SyntaxWord word)
    {
        var i = word.Id - 1;
        if (i < 2 || sentence.Words[i - 1] is not { Form: "-" or "\u2010" } hyphen || hyphen.End != word.Start
            || sentence.Words[i - 2] is not { } name || name.End != hyphen.Start
            || sentence.MentionOf(name) is not { Type: Graph.NodeType.Organisation or Graph.NodeType.Country })
            return null;
        return name;
    }

    /// <summary>Who acted: the name the participle's own word begins with, or the word before its hyphen.</summary>
    public static IReadOnlyList<SyntaxWord> Actor(FrameSentence sentence, SyntaxWord participle) =>
        participle.Form.IndexOf('-') > 0 ? [participle] : JoinedName(sentence, participle) is { } name ? [name] : [];

    /// <summary>
    /// What was acted on: the noun the participle modifies, or the name that noun is apposed to ("X, a US-designated
    /// group"); where the parser hung the participle on no noun, the name right after it ("the EU-blacklisted X marched").
    /// </summary>
    public static IReadOnlyList<SyntaxWord> Modified(FrameSentence sentence, SyntaxWord participle)
    {
        if (sentence.Head(participle) is { Upos: "NOUN" or "PROPN" } noun && noun.Id > participle.Id)
            return noun.Relation == "appos" && sentence.MentionOf(noun) is null && sentence.Head(noun) is { } named ? [named] : [noun];
        return participle.Id < sentence.Words.Count && sentence.Words[participle.Id] is var next && sentence.MentionOf(next) is not null ? [next] : [];
    }
}
