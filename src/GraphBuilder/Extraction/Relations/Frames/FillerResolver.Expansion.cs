using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The words a filler stands for: its conjuncts and appositions, and the name parts the parser splits off.</summary>
internal sealed partial class FillerResolver
{
    /// <summary>A word with its conjuncts and appositions, and a nameless head's flat or compound name parts.</summary>
    private IEnumerable<SyntaxWord> Expand(SyntaxWord word)
    {
        var result = new List<SyntaxWord>();
        var stack = new Stack<SyntaxWord>([word]);
        while (stack.Count > 0 && result.Count < 40)
        {
            var w = stack.Pop();
            result.Add(w);
            foreach (var c in sentence.Children(w))
                if (StandsWith(w, c) && !IsOwner(w, c))
                    stack.Push(c);
            // also a nameless title heading the phrase: "The foreign ministers of Peru and Chile, A and B, met" with
            // the names joined to "Chile"
            if (w.Relation == "appos" || sentence.MentionOf(w) is null && DescriptionResolver.IsPersonHead(sentence, w))
                foreach (var c in NamedConjunctsBelow(w))
                    stack.Push(c);
        }
        return result.OrderBy(w => w.Id);
    }

    /// <summary>
    /// Whether a dependent stands with its head: a conjunct or apposition, a nameless head's name part, or "six
    /// people, including A and B" (the names an "including" phrase gives stand for the noun's members); a part of
    /// the same name too, for the conjunct the parser hangs on it ("Deputy Minister A (X) and B" with B under "A").
    /// </summary>
    private bool StandsWith(SyntaxWord w, SyntaxWord c) =>
        c.Relation is "conj" or "appos"
        || sentence.MentionOf(w) is null && (c.Relation is "flat" or "flat:name" or "compound" || c.Relation == "nmod" && sentence.CaseOf(c) == "include")
        || c.Relation is "flat" or "flat:name" && sentence.MentionOf(w) is { } name && sentence.MentionOf(c) == name
        || DemonymHead(w, c) || GluedTitle(w, c);

    /// <summary>
    /// "met Princess A and Jordanian envoy B" parsed with "envoy" a flat part of A's name: a common noun is no part of a
    /// name, so a nameless one flat under a named person is the next conjunct's title (its apposition names B); and
    /// "met Minister A, Minister B and Minister C" with B flat under A: another person's name is A's conjunct.
    /// </summary>
    private bool GluedTitle(SyntaxWord w, SyntaxWord c) =>
        c.Relation == "flat" && sentence.MentionOf(w) is { Type: NodeType.Person } named
        && (c.Upos == "NOUN" && sentence.MentionOf(c) is null || sentence.MentionOf(c) is { Type: NodeType.Person } other && other.EntityKey != named.EntityKey);

    /// <summary>"two Azure Brigade commanders", "agents": the body before a nameless person noun is whose they are, not a name of theirs.</summary>
    private bool IsOwner(SyntaxWord head, SyntaxWord child) =>
        child.Relation == "compound" && sentence.MentionOf(head) is null && sentence.MentionOf(child) is { Type: NodeType.Organisation or NodeType.Country }
        && (DescriptionResolver.IsPersonHead(sentence, head) || ListedNames.PersonNouns.Contains(sentence.Lemma(head)));

    /// <summary>
    /// "Peruvian Foreign Minister A received him": the parser heads the titled name with its demonym, the name
    /// hanging below as a flat part; the person speaks for the phrase.
    /// </summary>
    private bool DemonymHead(SyntaxWord head, SyntaxWord part) =>
        part.Relation is "flat" or "flat:name" && sentence.MentionOf(head) is { Type: NodeType.Country or NodeType.Place }
        && sentence.MentionOf(part) is { Type: NodeType.Person };

    /// <summary>
    /// "A, Secretary of Foreign Affairs of X and B, Minister of ..." parsed with B joined to X: a named
    /// conjunct inside the "of" phrases of a title apposition continues the list of names, and so does the
    /// name apposed to a country conjunct there.
    /// </summary>
    private IEnumerable<SyntaxWord> NamedConjunctsBelow(SyntaxWord appos)
    {
        var stack = new Stack<SyntaxWord>(sentence.Children(appos, "nmod"));
        while (stack.Count > 0)
        {
            var w = stack.Pop();
            foreach (var c in sentence.Children(w))
                if (c.Relation == "nmod")
                    stack.Push(c);
                else if (c.Relation == "conj" && sentence.MentionOf(c) is { Type: NodeType.Person })
                    yield return c;
                // "the presidents of Ghana, A, and Senegal, B": each country's conjunct names its own holder
                else if (c.Relation == "conj" && sentence.MentionOf(c) is { Type: NodeType.Country } && sentence.PersonNamedBy(c) is { } holder)
                    yield return holder;
        }
    }
}
