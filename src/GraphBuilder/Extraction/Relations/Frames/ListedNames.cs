using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// Which names of a listing ("The people include A, B's aide C, and D, two financiers of X") are listed: not
/// a possessor (B) nor the group the listed belong to (X).
/// </summary>
internal static partial class ListedNames
{
    public static readonly IReadOnlySet<string> PersonNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "member", "members", "individual", "individuals", "people", "person", "persons", "leader", "leaders", "official", "officials",
        "man", "men", "woman", "women", "financier", "financiers", "operative", "operatives", "commander", "commanders",
        "agent", "agents", "associate", "associates", "facilitator", "facilitators", "fundraiser", "fundraisers", "figure", "figures",
        "recruiter", "recruiters", "militant", "militants", "fighter", "fighters", "courier", "couriers", "smuggler", "smugglers",
    };

    /// <summary>
    /// A word of a name in an "of" phrase of a person noun or title ("A and B, two financiers of X", "the head of X, C"), or
    /// before one ("B, an Azure Brigade recruiter", "Kremlin spokesperson C"): X is whom the listed belong to, not listed.
    /// A person in a title's "of" phrase is its holder ("President of Ghana A" parsed with A in the phrase).
    /// </summary>
    public static bool IsGroupOfPerson(FrameSentence sentence, SyntaxWord word)
    {
        if (sentence.MentionOf(word) is not { } mention)
            return false;
        var head = word;
        for (var i = 0; i < 8 && sentence.Head(head) is { } up && sentence.MentionOf(up) == mention; i++)
            head = up;
        return (head.Relation == "nmod" && sentence.CaseOf(head) == "of" || head.Relation == "compound" && !CommaBetween(sentence, head, sentence.Head(head)))
            && sentence.Head(head) is { } owner
            && sentence.MentionOf(owner) is null && (PersonNouns.Contains(sentence.Lemma(owner)) || OffshootNouns.Contains(sentence.Lemma(owner))
                || (head.Relation == "compound" || mention.Type != Graph.NodeType.Person) && DescriptionResolver.IsPersonHead(sentence, owner))
            || TitleBeforePerson(sentence, mention) || IsHolder(sentence, word);
    }

    /// <summary>
    /// "target Minister A, adviser B, financier C, ..., commander D" parsed with B and C as compounds of "commander": a
    /// compound set off by a comma is a list item the parser misread, not the owner of the noun.
    /// </summary>
    private static bool CommaBetween(FrameSentence sentence, SyntaxWord word, SyntaxWord? head) =>
        head is not null && sentence.Words.Any(w => w.Form == "," && w.Id > Math.Min(word.Id, head.Id) && w.Id < Math.Max(word.Id, head.Id));

    /// <summary>
    /// "..., Republican Guard commander A, and ...", however the parser hung the list: a body whose name a lower-case
    /// title and a person's name follow is that person's title, not listed.
    /// </summary>
    private static bool TitleBeforePerson(FrameSentence sentence, Mention mention)
    {
        var last = sentence.Words.LastOrDefault(w => sentence.MentionOf(w) == mention);
        if (last is null || last.Id + 1 >= sentence.Words.Count || mention.Type == Graph.NodeType.Person)
            return false;
        var title = sentence.Words[last.Id];
        return title.Form.Length > 0 && char.IsLower(title.Form[0]) && (PersonNouns.Contains(sentence.Lemma(title)) || DescriptionResolver.IsPersonHead(sentence, title))
            && sentence.MentionOf(sentence.Words[last.Id + 1]) is { Type: Graph.NodeType.Person };
    }

    /// <summary>"the three Al Qaida affiliates A, B and C", "supporters of X": X is whose offshoots are listed.</summary>
    private static readonly HashSet<string> OffshootNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "affiliate", "affiliates", "offshoot", "offshoots", "branch", "branches", "proxy", "proxies", "supporter", "supporters",
    };

    /// <summary>A word of a name followed by "'s" ("B's aide C"): B owns a listed name, it is not listed.</summary>
    public static bool IsPossessor(FrameSentence sentence, SyntaxWord word)
    {
        var mention = sentence.MentionOf(word);
        var next = sentence.Words.FirstOrDefault(w => w.Start >= (mention?.End ?? word.End));
        return next is not null && next.Form is "'s" or "\u2019s" or "'" && next.Start == (mention?.End ?? word.End);
    }

    private static readonly string[] NumberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>The act's object or passive subject that names nobody and only counts ("designated four members of X", "added the following").</summary>
    public static SyntaxWord? CountedObject(FrameSentence sentence, FrameMatch match) =>
        match.Anchors.SelectMany(sentence.Children).FirstOrDefault(c => (c.Relation is "obj" or "nsubj:pass" || IsSanctionedPhrase(sentence, c))
            && sentence.MentionOf(c) is null && (sentence.Children(c).Any(n => n.Relation == "nummod") || c.Form == "following" || IsFollowing(sentence, c)));

    /// <summary>"designated the following groups as ...: A, B": the object announces the list after the colon.</summary>
    private static bool IsFollowing(FrameSentence sentence, SyntaxWord c) =>
        sentence.Children(c, "amod").Any(n => n.Form.Equals("following", StringComparison.OrdinalIgnoreCase));

    /// <summary>"imposed sanctions on three men", "measures against two firms": what a support verb's sanctions fall on.</summary>
    private static bool IsSanctionedPhrase(FrameSentence sentence, SyntaxWord c) =>
        (c.Relation.StartsWith("obl", StringComparison.Ordinal) || c.Relation == "nmod") && sentence.CaseOf(c) is "on" or "against";

    private static readonly HashSet<string> BodyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "companies", "entity", "entities", "firm", "firms", "business", "businesses",
    };

    /// <summary>How many people the act's object counts ("designated three individuals"; 0 when it counts none or no people).</summary>
    /// <summary>A nameless noun for people: a title or role ("the head of X") or a counted noun ("two members").</summary>
    public static bool IsPeopleNoun(FrameSentence sentence, SyntaxWord w) =>
        sentence.MentionOf(w) is null && (PersonNouns.Contains(sentence.Lemma(w)) || DescriptionResolver.IsPersonHead(sentence, w));

    public static int CountedPeople(FrameSentence sentence, FrameMatch match) => Counted(sentence, match, PersonNouns);

    /// <summary>Whether the sentence counts people anywhere ("the assets of three leaders").</summary>
    public static bool CountsPeople(FrameSentence sentence) =>
        sentence.Words.Any(w => PersonNouns.Contains(sentence.Lemma(w)) && sentence.Children(w, "nummod").Any(n => Number(sentence.Lemma(n)) > 0));

    /// <summary>How many companies or entities the act's object and its conjuncts count ("three individuals and one company").</summary>
    public static int CountedBodies(FrameSentence sentence, FrameMatch match) => Counted(sentence, match, BodyNouns);

    private static int Counted(FrameSentence sentence, FrameMatch match, IReadOnlySet<string> nouns)
    {
        if (CountedObject(sentence, match) is not { } counted)
            return 0;
        return sentence.Children(counted, "conj").Prepend(counted).Where(c => nouns.Contains(sentence.Lemma(c)))
            .Sum(c => sentence.Children(c, "nummod").Select(n => Number(sentence.Lemma(n))).FirstOrDefault());
    }

    public static int Number(string number)
    {
        var word = Array.IndexOf(NumberWords, number);
        return word >= 0 ? word + 1 : int.TryParse(number, out var n) && n is > 0 and <= 30 ? n : 0;
    }
}
