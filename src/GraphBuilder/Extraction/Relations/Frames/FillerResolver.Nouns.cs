using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>What a common noun or pronoun filler stands for, when it names nothing itself.</summary>
internal sealed partial class FillerResolver
{
    /// <summary>A common noun or pronoun: a group, a company, the person a description fits, the session or the body meant.</summary>
    private IEnumerable<string> KeysOfNoun(SyntaxWord word, string lemma, FrameMatch match, IReadOnlySet<NodeType> types, IReadOnlyCollection<string> others)
    {
        // "Bahrain, Egypt and Jordan said they sanctioned X": the pronoun subject of a reported clause is who reports it
        if (types.Contains(NodeType.Country) && lemma is "they" or "we" or "it" && ReportingSubject(word) is { } reporting
            && Keys([reporting], match, types, others) is { Count: > 0 } reporters)
            return reporters;
        // "imposed the ban on the outfit called X": the common noun stands for the name it is given (a name's own "also
        // known as" gives its other names, which coreference reads)
        if (word.Upos == "NOUN" && CalledName(word) is { } called)
            return Keys([called], match, types, others);
        // "to proscribe the group": a group noun is the last group named, never a person's description; but "such a
        // group" is a kind of group, no group named
        if (types.Contains(NodeType.Organisation) && GroupNouns.Contains(lemma))
            return sentence.Children(word).Any(c => sentence.Lemma(c) == "such") ? [] : BodyKeys(word, lemma, match);
        if (types.Contains(NodeType.Organisation) && CompanyNouns.Contains(lemma) && IsDefinite(word))
            return CompanyKeys(word, lemma);
        if (types.Contains(NodeType.Person) && DescriptionResolver.IsPersonHead(sentence, word) && NamesInside(word) is { Count: > 0 } names)
            return names;
        if (types.Contains(NodeType.Person) && SplitName(word) is { } split && !others.Contains(split))
            return [split];
        // "praised Egypt's role", "condemned the attack by X": a stance on a nameless act is on whose act it is
        if (match.Frame.Relation is Graph.Relations.Praised or Graph.Relations.Condemned && ActOwner(word) is { } actor)
            return Keys([actor], match, types, others);
        if (types.Contains(NodeType.Person) && lemma is "we" or "i" && Speaker(word) is { } speaker)
            return Keys([speaker], match, types, others);
        // "Both recently were added to the UN's terrorist list" after A and then B were designated
        if (match.Frame.Relation == Graph.Relations.Designated && lemma == "both" && discourse.LastTwoDesignees is { Count: 2 } two)
            return two;
        if (types.Contains(NodeType.Person))
            return PersonKeys(word, lemma, others);
        if (types.Contains(NodeType.Event) && SessionNouns.Contains(lemma))
            return NamedSession(word) ?? (discourse.LastEvent is { } e ? [e] : []);
        if (types.Contains(NodeType.Organisation))
            return BodyKeys(word, lemma, match);
        return [];
    }

    /// <summary>"the outfit called X", "a group known as X", "a body named X": the named word of the participle on the noun.</summary>
    private SyntaxWord? CalledName(SyntaxWord word)
    {
        foreach (var given in sentence.Children(word, "acl"))
            if (sentence.Lemma(given) is "call" or "name" or "know" or "dub")
                return sentence.Children(given).FirstOrDefault(c => c.Relation is "xcomp" or "obj" or "obl" && sentence.MentionOf(c) is not null);
        return null;
    }
}
