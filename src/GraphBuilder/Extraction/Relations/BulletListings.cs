using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// A designation that lists its targets as bullets or numbered items: "The Government has listed three
/// organisations:" (or "... approved the addition of the entries specified below to its list.") and then one
/// bulleted or numbered line a name. The lead-in names no target and the bullet lines no verb, so the designator of
/// the lead-in (the body that designated last, else the government the article reports on) designates every
/// organisation or person of the bullet lines that follow it, until a line that is no bullet; an entry written as a
/// sentence of its own that opens with the name ("A, a Ruritanian national, is ...") gives that name only.
/// </summary>
internal sealed partial class BulletListings : IPatternFamily
{
    /// <summary>Words of a lead-in that announce the act ("declared the following as unlawful associations:").</summary>
    private static readonly string[] Triggers = ["list", "designat", "proscrib", "blacklist", "sanction", "ban", "unlawful", "outlaw", "freez"];
    private static readonly char[] Bullets = ['•', '·', '▪', '◦', '‣', '-', '–', '*'];

    public IEnumerable<Found> Find(MaskedSentence sentence, Discourse discourse)
    {
        var text = sentence.Source.Sentence.Text.Trim();
        var numbered = discourse.ListingItemNext;
        discourse.ListingItemNext = false;
        if (discourse.ListingDesignator is { } designator && text.Length > 0
            && (numbered || Bullets.Contains(text[0]) || Documents.FurnitureRules.StartsWithBullet(text)))
            return sentence.Mentions.Where(m => m.Type is NodeType.Organisation or NodeType.Person && !InEntryClause(sentence, m))
                .Select(m => new Found(designator, Graph.Relations.Designated, m.EntityKey, 0)).ToList();
        // "Olan Brekk and Ida Vos: who have channelled funds ...": an entry labelled with its names, described after the colon
        if (discourse.ListingDesignator is { } labeller && Documents.FurnitureRules.OpensWithLabel(text) && LabelNames(sentence) is { Count: > 0 } labelled)
            return labelled.Select(n => new Found(labeller, Graph.Relations.Designated, n, 0)).ToList();
        // "Olan Brekk, a Ruritanian national, is ...": an entry written as a paragraph opening with its name
        if (discourse.ListingDesignator is { } body && EntryName(sentence, copula: false) is { } entry)
            return [new Found(body, Graph.Relations.Designated, entry, 0)];
        // "QDi.451 Olan Brekk.": an entry under its UN reference number, after a designation with paragraphs between
        if (discourse.LastDesignator is { } listing && EntryName(sentence, copula: false) is { } referenced && UnReferenceFirst(sentence))
            return [new Found(listing, Graph.Relations.Designated, referenced, 0)];
        // "OFAC designated three individuals ... Olan Brekk is a Kenya-based financier ...": the people counted, named after
        // "... two agents. A and B were accused of ..., the Treasury said": those the opening names together, while counted
        if (discourse.EntriesExpected + discourse.BodiesExpected > 0 && discourse.LastDesignator is { } counter && !IsSpeech(text)
            && EntryName(sentence, copula: true) is { } named && CountedEntry(sentence, discourse, named))
            return Conjoined(sentence, named).Where(n => CountedEntry(sentence, discourse, n)).Prepend(named)
                .Select(n => new Found(counter, Graph.Relations.Designated, n, 0)).ToList();
        // an item number the sentence splitter cut off ("1." then "Omar Haddad"): the next sentence is the item
        if (discourse.ListingDesignator is not null && IsItemNumber(text))
        {
            discourse.ListingItemNext = true;
            return [];
        }
        // "designated three leaders ... The individuals are:" the lead-in of a designation that counted its targets
        discourse.ListingDesignator = Documents.FurnitureRules.IsListingLeadIn(text) && (Words(text).Any(IsTrigger) || discourse.EntriesExpected > 0)
            ? OwnBody(sentence) ?? discourse.LastDesignator ?? discourse.Government
            : BulletNext(sentence) ? discourse.ListingDesignator : null;
        return [];
    }

    /// <summary>The people and organisations named before a labelled line's colon.</summary>
    private static List<string> LabelNames(MaskedSentence sentence)
    {
        var s = sentence.Source.Sentence;
        var colon = s.Start + s.Text.IndexOf(": ", StringComparison.Ordinal);
        return sentence.Mentions.Where(m => m.Type is NodeType.Organisation or NodeType.Person && m.End <= colon)
            .Select(m => m.EntityKey).Distinct().ToList();
    }

    /// <summary>A person while people are expected, an organisation of no state while companies or entities are; counted off.</summary>
    private static bool CountedEntry(MaskedSentence sentence, Discourse discourse, string named)
    {
        var type = sentence.Mentions.FirstOrDefault(m => m.EntityKey == named)?.Type;
        if (type == NodeType.Person && discourse.EntriesExpected > 0)
        {
            discourse.EntriesExpected--;
            return true;
        }
        if (type == NodeType.Organisation && discourse.BodiesExpected > 0 && discourse.Entity(named) is { } body && !Bodies.IsGovernmental(body.Name))
        {
            discourse.BodiesExpected--;
            return true;
        }
        return false;
    }

    /// <summary>The state body, else the country, the lead-in itself names ("The Ministry of Ruritania has listed:").</summary>
    private static string? OwnBody(MaskedSentence sentence) =>
        (sentence.Mentions.FirstOrDefault(m => m.Type == NodeType.Organisation && Bodies.IsStateBody(m.Text))
         ?? sentence.Mentions.FirstOrDefault(m => m.Type == NodeType.Country))?.EntityKey;

    /// <summary>A quote's attribution ("A, the Under Secretary, said") names a speaker, not an entry.</summary>
    private static readonly System.Text.RegularExpressions.Regex Speech = Text.Patterns.Create(@"\b(?:said|says|told|stated|added)\b");

    /// <summary>An attribution closing the sentence (", the Treasury said.") is the source's, not its opening name's.</summary>
    private static readonly System.Text.RegularExpressions.Regex Closing = Text.Patterns.Create(@",\s+[^,]{1,60}?\s(?:said|says)\.?[""”]?$");

    private static bool IsSpeech(string text) => Speech.IsMatch(text) && !Closing.IsMatch(text);

    /// <summary>The people named right after the opening one, joined to it by "and" or commas only ("A, B and C were ...").</summary>
    private static IEnumerable<string> Conjoined(MaskedSentence sentence, string first)
    {
        var s = sentence.Source.Sentence;
        var mentions = sentence.Source.Mentions.Where(m => m.Start >= s.Start && m.End <= s.End).OrderBy(m => m.Start).ToList();
        var at = mentions.FindIndex(m => m.EntityKey == first);
        for (var i = at + 1; at >= 0 && i < mentions.Count && mentions[i].Type == NodeType.Person; i++)
        {
            var between = s.Text[(mentions[i - 1].End - s.Start)..(mentions[i].Start - s.Start)].Trim();
            if (between is not ("and" or "," or ", and"))
                yield break;
            yield return mentions[i].EntityKey;
        }
    }

    /// <summary>The person or organisation a sentence opens with, set off by a comma or a parenthesis (with copula: or followed by a verb, "is", "has", "manages").</summary>
    private static string? EntryName(MaskedSentence sentence, bool copula)
    {
        var s = sentence.Source.Sentence;
        var first = sentence.Source.Mentions.Where(m => m.Type is NodeType.Organisation or NodeType.Person).MinBy(m => m.Start);
        if (first is null || first.Start < s.Start || first.End > s.End)
            return null;
        var lead = s.Text.AsSpan(0, first.Start - s.Start).Trim();
        var after = s.Text.AsSpan(first.End - s.Start).TrimStart();
        // "QDi.431 Name: 1: OLAN 2: BREKK 3: na": a UN list entry, its name parts in numbered fields
        var numbered = lead.EndsWith("Name: 1:", StringComparison.Ordinal) || IsUnReference(lead);
        // with copula, any verb after the name: "A is a financier", "A has procured weapons", "A manages the accounts"
        var set = numbered || after.Length > 0 && after[0] is ',' or '(' || copula && after.Length > 0 && char.IsLower(after[0]);
        return (lead.Length == 0 || lead.Equals("The", StringComparison.Ordinal) || numbered) && set ? first.EntityKey : null;
    }

    /// <summary>A UN sanctions list's permanent reference number: two capitals, "i" (individual) or "e" (entity), a dot, digits ("QDi.451", "KPe.012").</summary>
    private static bool IsUnReference(ReadOnlySpan<char> lead) =>
        lead.Length is >= 6 and <= 8 && char.IsAsciiLetterUpper(lead[0]) && char.IsAsciiLetterUpper(lead[1]) && lead[2] is 'i' or 'e'
        && lead[3] == '.' && lead[4..].Length > 0 && IsDigits(lead[4..]);

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsAsciiDigit(c))
                return false;
        return true;
    }

    private static bool UnReferenceFirst(MaskedSentence sentence) =>
        sentence.Source.Sentence.Text.TrimStart().Split(' ', 2)[0] is var first && IsUnReference(first);

    private static bool IsItemNumber(string text) =>
        text.TrimEnd('.', ')').TrimStart('(') is { Length: > 0 and <= 2 } n && n.All(char.IsAsciiDigit);

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', ':', ';'], StringSplitOptions.RemoveEmptyEntries);

    private static bool IsTrigger(string word) =>
        Triggers.Any(t => word.StartsWith(t, StringComparison.OrdinalIgnoreCase));
}
