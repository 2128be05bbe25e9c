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
            if (GroupNamedAfter(w) is { } group)
            {
                stack.Push(group);
                continue;
            }
            result.Add(w);
            foreach (var c in sentence.Children(w))
                if (StandsWith(w, c) && !IsOwner(w, c) && !IsTopic(w, c) && !IsKinsTitle(w, c))
                    stack.Push(c);
            // also a nameless title or counted people heading the phrase: "The foreign ministers of Peru and Chile, A and
            // B, met", "sanctioned two members of X, A and B" with the names joined to "Chile" and "X"
            if (w.Relation == "appos" || ListedNames.IsPeopleNoun(sentence, w))
                foreach (var c in NamedConjunctsBelow(w).Concat(NameRightAfter(w)))
                    stack.Push(c);
            if (sentence.MentionOf(w) is { Type: NodeType.Person })
                foreach (var c in ConjunctsOfCountry(w))
                    stack.Push(c);
            if (w.Id == word.Id)
                foreach (var c in SemicolonItems(w))
                    stack.Push(c);
            foreach (var c in VisitingConjunct(w))
                stack.Push(c);
        }
        return FrameSentence.InOrder(result);
    }

    /// <summary>
    /// "the Security Council's ISIL and Al-Qaida sanctions committee": the groups named before a state noun a named
    /// possessor owns are what it deals with, not its name nor the ones who act.
    /// </summary>
    private bool IsTopic(SyntaxWord head, SyntaxWord child) => child.Relation == "compound" && IsOwnedStateNoun(head);

    /// <summary>A nameless state noun with a named possessor before it in its phrase (the parser may hang it on a compound).</summary>
    private bool IsOwnedStateNoun(SyntaxWord noun) =>
        sentence.MentionOf(noun) is null && StateNouns.Contains(sentence.Lemma(noun))
        && sentence.Subtree(noun).Any(w => w.Id < noun.Id && w.Relation == "nmod:poss" && sentence.MentionOf(w) is { Type: NodeType.Organisation or NodeType.Country });

    /// <summary>"X and its chief financier Halim Saleh as ..." with the name hung elsewhere: the person named right after a nameless title.</summary>
    private IEnumerable<SyntaxWord> NameRightAfter(SyntaxWord title) =>
        sentence.MentionOf(title) is null && title.Id < sentence.Words.Count && sentence.Words[title.Id] is var next
        && sentence.MentionOf(next) is { Type: NodeType.Person } name && name.Start == next.Start ? [next] : [];

    /// <summary>
    /// Whether a dependent stands with its head: a conjunct, apposition or list item ("co-chaired by A and B" with B "list"), a nameless head's name part, or "six
    /// people, including A and B" (the names an "including" phrase gives stand for the noun's members); a part of
    /// the same name too, for the conjunct the parser hangs on it ("Deputy Minister A (X) and B" with B under "A"); and a
    /// name the parser reads as a clause under a title's noun ("by External Affairs Minister A and B": A under "Affairs", B under A)
    /// ("applies to A, B and C, according to the state-run X": the attribution the parser joins as a conjunct is none).
    /// </summary>
    private bool StandsWith(SyntaxWord w, SyntaxWord c) =>
        c.Relation is "conj" or "appos" or "list" && sentence.CaseOf(c) is not ("accord" or "according")
        || sentence.MentionOf(w) is null && (c.Relation is "flat" or "flat:name" or "compound" || c.Relation == "nmod" && sentence.CaseOf(c) == "include")
        || c.Relation is "flat" or "flat:name" && sentence.MentionOf(w) is { } name && sentence.MentionOf(c) == name
        || c.Relation == "acl" && c.Upos == "PROPN" && sentence.MentionOf(w) is null && sentence.MentionOf(c) is { Type: NodeType.Person }
        || DemonymHead(w, c) || GluedConjunct(w, c) || GluedTitle(w, c);

    /// <summary>
    /// "Qasrani Holdings LLC and Tessmark Shipping Ltd." parsed as one name headed by "Ltd.", the "and" under "Tessmark":
    /// a named compound before the conjunction of a compound is a conjunct of its own.
    /// </summary>
    private bool GluedConjunct(SyntaxWord head, SyntaxWord part) =>
        part.Relation == "compound" && sentence.MentionOf(part) is { } name && name != sentence.MentionOf(head)
        && sentence.Children(head, "compound").SelectMany(k => sentence.Children(k, "cc")).Any(cc => cc.Id > part.Id);

    /// <summary>
    /// "met Princess A and Jordanian envoy B" parsed with "envoy" a flat part of A's name: a common noun is no part of a
    /// name, so a nameless one flat under a named person is the next conjunct's title (its apposition names B); and
    /// "met Minister A, Minister B and Minister C" with B flat under A: another person's name is A's conjunct.
    /// </summary>
    private bool GluedTitle(SyntaxWord w, SyntaxWord c) =>
        c.Relation == "flat" && sentence.MentionOf(w) is { Type: NodeType.Person } named
        && (c.Upos == "NOUN" && sentence.MentionOf(c) is null || sentence.MentionOf(c) is { Type: NodeType.Person } other && other.EntityKey != named.EntityKey);

    /// <summary>
    /// "the stepdaughter of A, Russia's foreign minister": a title naming no one, right after a person in the "of" phrase of
    /// a nameless noun describes that person, however the parser hangs it (apposed to the noun, or a conjunct of the
    /// list); it is neither the noun's description nor an entry of its own.
    /// </summary>
    private bool IsKinsTitle(SyntaxWord head, SyntaxWord child)
    {
        if (child.Relation is not ("appos" or "conj") || sentence.Subtree(child).Any(w => sentence.MentionOf(w) is { Type: NodeType.Person }))
            return false;
        var first = sentence.Subtree(child).Where(w => w.Upos != "PUNCT").Min(w => w.Id);
        if (first < 3 || sentence.Words[first - 2].Form != ",")
            return false;
        var before = sentence.Words[first - 3];
        while (before.Relation is "flat" or "flat:name" && sentence.Head(before) is { } up)
            before = up;
        return sentence.MentionOf(before) is { Type: NodeType.Person } && before.Relation == "nmod" && sentence.CaseOf(before) == "of"
            && sentence.Head(before) is { } kin && sentence.MentionOf(kin) is null;
    }

    /// <summary>"two Azure Brigade commanders", "two X front companies": the body before a person or holding noun owns it.</summary>
    private bool IsOwner(SyntaxWord head, SyntaxWord child) =>
        child.Relation == "compound" && sentence.MentionOf(head) is null && sentence.MentionOf(child) is { Type: NodeType.Organisation or NodeType.Country }
        && (DescriptionResolver.IsPersonHead(sentence, head) || ListedNames.PersonNouns.Contains(sentence.Lemma(head)))
        || child.Relation is "compound" or "amod" && ListedNames.IsHoldingNoun(sentence, head);

    /// <summary>
    /// "Peruvian Foreign Minister A received him": the parser heads the titled name with its demonym, the name
    /// hanging below as a flat part; the person speaks for the phrase. So with the body the person serves ("UN
    /// Special Envoy Ambassador A and B co-chaired" headed by "UN", the title a flat part with A and B below it).
    /// </summary>
    private bool DemonymHead(SyntaxWord head, SyntaxWord part) =>
        part.Relation is "flat" or "flat:name" && sentence.MentionOf(head) is { Type: NodeType.Country or NodeType.Place or NodeType.Organisation }
        && (sentence.MentionOf(part) is { Type: NodeType.Person } || sentence.MentionOf(part) is null && DescriptionResolver.IsPersonHead(sentence, part));

    /// <summary>
    /// "by President A of Guinea, President B of Ghana and Prime Minister C of Senegal" parsed with B and C joined to
    /// "Guinea": a person conjoined to the country of a named person's "of" phrase is the next name of the list.
    /// </summary>
    private IEnumerable<SyntaxWord> ConjunctsOfCountry(SyntaxWord person) =>
        sentence.Children(person, "nmod").Where(c => sentence.CaseOf(c) == "of" && sentence.MentionOf(c) is { Type: NodeType.Country })
            .SelectMany(c => sentence.Children(c, "conj"))
            .Select(c => sentence.MentionOf(c) is { Type: NodeType.Person } ? c : sentence.PersonNamedBy(c))
            .OfType<SyntaxWord>();

    /// <summary>
    /// "A, Secretary of Foreign Affairs of X and B, Minister of ..." parsed with B joined to X: a named
    /// conjunct inside the "of" phrases of a title apposition continues the list of names, and so does the
    /// name apposed to a country conjunct there.
    /// </summary>
    private IEnumerable<SyntaxWord> NamedConjunctsBelow(SyntaxWord appos)
    {
        var stack = new Stack<SyntaxWord>(sentence.Children(appos, "nmod").Concat(CountriesAfter(appos)));
        while (stack.Count > 0)
        {
            var w = stack.Pop();
            foreach (var c in sentence.Children(w))
                if (c.Relation == "nmod")
                    stack.Push(c);
                else if (c.Relation == "conj" && sentence.MentionOf(c) is { Type: NodeType.Person })
                    yield return c;
                // "the presidents of Ghana, A, and Senegal, B": each country's conjunct names its own holder
                // (or a title's demonym the entity stage read as no mention: "..., and Kazakh Foreign Minister B" with B flat under it)
                else if (c.Relation == "conj" && sentence.MentionOf(c) is null or { Type: NodeType.Country }
                    && (sentence.PersonNamedBy(c) ?? ApposedConjunct(c)) is { } holder)
                    yield return holder;
                // "A, Minister of Foreign Affairs and International Cooperation and B, Minister of State" with B joined to
                // "Cooperation": a portfolio's own conjunct is walked like its "of" phrase
                else if (c.Relation == "conj" && sentence.MentionOf(c) is null)
                    stack.Push(c);
        }
    }
}
