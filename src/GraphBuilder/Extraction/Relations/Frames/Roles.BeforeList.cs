using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The "beforelist" slot: what "added A and B, X's daughters, and C, wife of D, to a list" added, however parsed.</summary>
internal sealed partial class Roles
{
    private static readonly HashSet<string> ListNouns = new(StringComparer.OrdinalIgnoreCase) { "list", "lists", "blacklist" };

    /// <summary>
    /// The names between the trigger and the "to" of its list phrase, within the clause (no finite verb between): the
    /// parser splits long objects with asides into obliques and conjuncts of the asides. A name inside an "of" (with, by,
    /// from, in, for) phrase or a relative clause up to the next comma ("wife of D", "who heads D"), an aside of a listing
    /// or a possessor ("X's daughters") only describes an entry.
    /// </summary>
    private IReadOnlyList<string> BeforeList(IReadOnlySet<NodeType> types)
    {
        var between = sentence.Words.Skip(match.Trigger.Id)
            .TakeWhile(w => w.Upos != "AUX" && w.Xpos is not ("VBD" or "VBZ" or "VBP") && w.Form is not (";" or ":" or "."))
            .TakeWhile(w => !(sentence.Lemma(w) == "to" && OpensList(w))).ToList();
        var next = match.Trigger.Id + between.Count;
        if (next >= sentence.Words.Count || sentence.Lemma(sentence.Words[next]) != "to")
            return [];
        var entries = new List<SyntaxWord>();
        var aside = false;
        foreach (var w in between)
        {
            if (w.Form == ",")
                aside = false;
            else if (sentence.Lemma(w) is "of" or "who" or "which" or "with" or "for" or "by" or "from" or "in")
                aside = true;
            else if (!aside && !IsListingAside(w))
                entries.Add(w);
        }
        return Listed(entries, types).Where(k => !IsStateBody(k)).ToList();
    }

    /// <summary>"to a list", "to its sanctions list", "to the EU's list": a list noun within four words after the "to".</summary>
    private bool OpensList(SyntaxWord to) =>
        sentence.Words.Skip(to.Id).Take(4).Any(w => ListNouns.Contains(w.Form));
}
