namespace GraphBuilder.Extraction.Relations;

/// <summary>Whom the article goes on following when a sentence's subject is a description rather than a name.</summary>
internal sealed partial class Discourse
{
    /// <summary>
    /// "During the visit, the CS held talks with the UK Minister for Security, B. He also met C": the main verb's subject
    /// is a description naming no one (a common noun or title, not a pronoun), and every person the sentence names
    /// comes after that verb, so the first of them (B) is no subject; the article still follows the person before.
    /// </summary>
    private static bool DescribedSubjectFirst(MaskedSentence sentence)
    {
        if (sentence.Source.Parse is not { Words.Count: > 0 } parse
            || parse.Words.FirstOrDefault(w => w.Head == 0) is not { Upos: "VERB" } root
            || parse.Words.FirstOrDefault(w => w.Head == root.Id && w.Relation == "nsubj") is not { Upos: "NOUN" or "PROPN" } subject)
            return false;
        var mentions = sentence.Source.Mentions;
        return !mentions.Any(m => m.Start <= subject.Start && subject.End <= m.End)
            && mentions.Where(m => m.Type == Graph.NodeType.Person).All(m => m.Start > root.End);
    }
}
