using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The body that acted where a designation frame names none: one the sentence names, or the government of an earlier act.</summary>
internal sealed partial class Roles
{
    /// <summary>
    /// "The Security Council adopted a resolution that imposes sanctions on A": a state body the sentence names
    /// acts where the frame names no one, before the body that designated earlier or the country named most.
    /// </summary>
    private string? SentenceBody(IReadOnlyCollection<string> others) =>
        sentence.Source.Mentions.FirstOrDefault(m => m.Type == NodeType.Organisation && Bodies.IsStateBody(m.Text)
            && !others.Contains(m.EntityKey) && !InOtherRelative(m))?.EntityKey;

    /// <summary>
    /// "Also sanctioned were A and B, who the Treasury said ran a front company": a body inside a relative clause
    /// that does not hold the trigger speaks about the targets; it is not the one that acted.
    /// </summary>
    private bool InOtherRelative(Mention mention)
    {
        var word = sentence.Words.FirstOrDefault(w => w.Start >= mention.Start && w.End <= mention.End);
        for (var (w, i) = (word, 0); w is not null && i < 40; (w, i) = (sentence.Head(w), i + 1))
            if (w.Relation == "acl:relcl")
                return !Dominates(w, match.Trigger);
        return false;
    }

    private bool Dominates(SyntaxWord ancestor, SyntaxWord word)
    {
        for (var (w, i) = (word, 0); w is not null && i < 40; (w, i) = (sentence.Head(w), i + 1))
            if (w.Id == ancestor.Id)
                return true;
        return false;
    }

    /// <summary>
    /// "X, previously designated as a terrorist organisation": an earlier act by a body the sentence leaves
    /// unnamed need not be the act of the body that designated last ("OFAC sanctioned X"), but it was its
    /// government's: the country that body's name begins with ("US Treasury"), or the body itself when it is a
    /// country; nobody when its name gives no country the article names.
    /// </summary>
    private string? EarlierActor()
    {
        if (discourse.LastDesignator is not { } body || discourse.Entity(body) is not { } entity)
            return null;
        if (entity.Type == NodeType.Country)
            return body;
        return entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2)
            .Select(Entities.CountryNames.Of).OfType<string>().Select(discourse.CountryNamed).FirstOrDefault(k => k is not null);
    }
}
