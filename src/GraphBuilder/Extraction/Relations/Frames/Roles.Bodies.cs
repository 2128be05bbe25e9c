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
            && !others.Contains(m.EntityKey) && !InOtherRelative(m) && !InObject(m, sanctioned: false) && !OfTitle(m) && !InGroupList(m))?.EntityKey;

    /// <summary>"are the head of the Ruritanian Security Council, A": a body in a title's "of" phrase employs a listed person.</summary>
    private bool OfTitle(Mention mention) =>
        sentence.Ancestors(sentence.Words.LastOrDefault(w => w.Start >= mention.Start && w.End <= mention.End))
            .Take(8).TakeWhile(w => sentence.MentionOf(w) == mention)
            .Any(w => sentence.CaseOf(w) == "of" && sentence.Head(w) is { } owner && DescriptionResolver.IsPersonHead(sentence, owner));

    /// <summary>
    /// "declared the X and its fronts, including A, All India B Council and C, as unlawful", "sanctions against 12
    /// Russians": a name inside the act's object (or its "on", "against", "including" phrase) is one of its targets.
    /// </summary>
    private bool InObject(Mention mention, bool sanctioned)
    {
        return sentence.Ancestors(FirstWordOf(mention)).Any(w => match.Anchors.Any(a => a.Id == w.Head) && IsTargetPhrase(w, sanctioned));
    }

    private SyntaxWord? FirstWordOf(Mention mention) =>
        sentence.Words.FirstOrDefault(w => w.Start >= mention.Start && w.End <= mention.End);

    /// <summary>The object, passive subject or "including" phrase; with sanctioned, also what sanctions fall "on" or "against" (not "appears on the X list").</summary>
    private bool IsTargetPhrase(SyntaxWord w, bool sanctioned) =>
        w.Relation is "obj" or "nsubj:pass"
        || (w.Relation.StartsWith("obl", StringComparison.Ordinal) || w.Relation == "nmod")
            && (sentence.CaseOf(w) is "including" or "include" || sanctioned && sentence.CaseOf(w) is "on" or "against");

    /// <summary>
    /// "levelled sanctions against 12 Russians": a country the sentence names only among the act's targets is whom the
    /// act is about, not the government that acted when the frame names no one.
    /// </summary>
    private bool NamedInTargets(string country) =>
        sentence.Source.Mentions.Any(m => m.EntityKey == country)
        && sentence.Source.Mentions.Where(m => m.EntityKey == country).All(m => InObject(m, sanctioned: true));

    /// <summary>
    /// "Also sanctioned were A and B, who the Treasury said ran a front company": a body inside a relative clause
    /// that does not hold the trigger speaks about the targets; it is not the one that acted.
    /// </summary>
    private bool InOtherRelative(Mention mention) =>
        sentence.Ancestors(FirstWordOf(mention)).FirstOrDefault(w => w.Relation == "acl:relcl") is { } clause && !Dominates(clause, match.Trigger);

    private bool Dominates(SyntaxWord ancestor, SyntaxWord word) =>
        sentence.Ancestors(word).Any(w => w.Id == ancestor.Id);

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
