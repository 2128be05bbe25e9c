using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The @counted slot: the people a counted object stands for, named in a list the parser hung elsewhere.</summary>
internal sealed partial class Roles
{
    /// <summary>
    /// "sanctioned two South Africans accused of raising funds for X, A and B, the Treasury said" with the names
    /// parsed in no phrase of the verb: a plural object a number counts, followed (after its own phrase, at the first
    /// comma past it) by a list of exactly that many people, counts them. The count must agree, so a list of others
    /// ("..., A said") is no match (a count of two or more is plural however tagged: "Africans" may be read NNP); the
    /// last resort of a target, after every dependency slot named no one.
    /// </summary>
    private IReadOnlyList<string> CountedList(IReadOnlySet<NodeType> types)
    {
        if (!types.Contains(NodeType.Person)
            || match.Anchors.SelectMany(sentence.Children).FirstOrDefault(IsObject) is not { } counted
            || sentence.Children(counted, "nummod").Select(n => ListedNames.Number(sentence.Lemma(n))).FirstOrDefault() is not (>= 2 and var count))
            return [];
        var comma = sentence.Words.FirstOrDefault(w => w.Id > counted.Id && w.Form == ",");
        var names = comma is null ? [] : PeopleListFrom(comma.Id);
        return names.Count == count ? names : [];
    }

    /// <summary>The object, or a caseless oblique the parser made of it ("sanctioned two South Africans, A and B, accused of ...").</summary>
    private bool IsObject(SyntaxWord word) =>
        word.Relation == "obj" || word.Relation == "obl" && sentence.CaseOf(word) is null;

    /// <summary>The people named one after another from word index on ("A, B and C"), up to the first word that is no name or list mark; none when the list does not end the clause.</summary>
    private List<string> PeopleListFrom(int index)
    {
        var names = new List<string>();
        var words = sentence.Words;
        while (index < words.Count && sentence.MentionOf(words[index]) is { Type: NodeType.Person } person)
        {
            names.Add(person.EntityKey);
            while (index < words.Count && words[index].Start < person.End)
                index++;
            if (index < words.Count && words[index].Form == "," && index + 1 < words.Count && sentence.MentionOf(words[index + 1]) is { Type: NodeType.Person })
                index++;
            else if (index < words.Count && words[index].Form is "and" or "," && index + 1 < words.Count && words[index + 1].Form == "and")
                index += words[index].Form == "," ? 2 : 1;
            else if (index < words.Count && words[index].Form == "and")
                index++;
            else
                break;
        }
        return index >= words.Count || words[index].Form is "," or "." or ";" ? names.Distinct().ToList() : [];
    }

    /// <summary>
    /// A quote mark before a subject ('stated that the "Office of X today designated seven individuals') may turn the verb
    /// into a participle on the office: one with an object of its own that counts or names (not "designated a terrorist
    /// group") is a past tense, its noun the actor, not the one designated.
    /// </summary>
    private bool HasOwnObject(SyntaxWord participle) =>
        sentence.Children(participle, "obj").Any(o => sentence.MentionOf(o) is not null || sentence.Children(o, "nummod").Any());
}
