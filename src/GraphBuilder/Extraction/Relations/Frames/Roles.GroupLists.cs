using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>A state-sounding name inside a list of groups is one of the listed groups, not the body that acted.</summary>
internal sealed partial class Roles
{
    /// <summary>
    /// "The nine groups to be banned are: the A Front, the Coordination Committee and the B Alliance": a name
    /// coordinated with a group that is no state body is listed with it. "The Treasury and the State Department"
    /// (bodies, or countries, coordinated with each other) still act together. A numbered list ("(iii) the
    /// Coordination Committee") the parser hangs as "dep" counts as coordinated.
    /// </summary>
    private bool InGroupList(Mention mention)
    {
        if (MentionHead(mention) is not { } head)
            return false;
        var root = head;
        while (root.Relation is "conj" or "dep" && sentence.Head(root) is { } up)
            root = up;
        return Conjuncts(root).Append(root).Where(w => w.Id != head.Id).Select(sentence.MentionOf)
            .Any(m => m is { Type: NodeType.Organisation } other && other.EntityKey != mention.EntityKey && !Bodies.IsStateBody(other.Text));
    }

    /// <summary>A state-sounding body the sentence names only inside a list of groups.</summary>
    private string? ListedBody() =>
        sentence.Source.Mentions.FirstOrDefault(m => m.Type == NodeType.Organisation && Bodies.IsStateBody(m.Text) && InGroupList(m))?.EntityKey;

    private IEnumerable<SyntaxWord> Conjuncts(SyntaxWord root) =>
        sentence.Children(root).Where(c => c.Relation is "conj" or "dep").SelectMany(c => Conjuncts(c).Append(c));

    /// <summary>The word of a mention whose head lies outside it.</summary>
    private SyntaxWord? MentionHead(Mention mention) =>
        sentence.Words.FirstOrDefault(w => w.Start >= mention.Start && w.End <= mention.End
            && (sentence.Head(w) is not { } h || h.Start < mention.Start || h.End > mention.End));

    /// <summary>
    /// "Those listed are subject to the freezing of their assets in the EU": a body of state in a listing is where, not
    /// who; so is one a reporting clause names in lower case ("..., the Bahraini interior ministry said"). Not a name
    /// joined to groups in a list ("the International Tessel Council and the Union of X Scholars").
    /// </summary>
    private bool IsStateBody(string key) =>
        discourse.Entity(key) is { Type: NodeType.Organisation } e && (Bodies.IsStateBody(e.Name) || Bodies.IsStateBody(Capitalised(e.Name)))
        && !sentence.Source.Mentions.Any(m => m.EntityKey == key && InGroupList(m));
}
