using GraphBuilder.Graph;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// "Long Name (ABBR)": the abbreviation becomes the long form's alias, and when its initials spell a longer
/// run than the scanner read ("United Nations Interim Force in Lebanon"), that run replaces what it covers.
/// An abbreviation of a title ("Chief of Army Staff (COAS)") is dropped, and a place's parenthesis
/// ("Frankfurt (Oder)") is not an abbreviation.
/// </summary>
internal static class Acronyms
{
    public static void Attach(List<Token> tokens, List<RawMention> mentions, string text)
    {
        for (var open = 1; open + 2 < tokens.Count; open++)
            if (tokens[open].IsPunctuation('(') && tokens[open + 2].IsPunctuation(')') && tokens[open + 1].IsCapitalised)
                AttachAt(tokens, mentions, text, open);
    }

    /// <summary>The parenthesis opening at [open] around one capitalised word (its own method: the closures below are made only here).</summary>
    private static void AttachAt(List<Token> tokens, List<RawMention> mentions, string text, int open)
    {
        var abbr = tokens[open + 1].Text;
        // "Al Noor Trust (Lahore), Al Huda Trust (Lahore)": a city in brackets says where a body sits; as an
        // abbreviation it would be every such body's other name, and coreference would make them one.
        if (mentions.Exists(m => m.First == open + 1 && m.Last == open + 2 && m.Kind == MentionKind.Named && m.Type == NodeType.Place))
            return;
        mentions.RemoveAll(m => m.First == open + 1 && m.Kind != MentionKind.Named);
        var before = mentions.LastOrDefault(m => m.Last == open);
        // "the Unlawful Assembly (Prevention) Act": the words before the parenthesis are a law's name.
        if (open + 3 < tokens.Count && tokens[open + 3].Text is "Act" or "Law" or "Bill" or "Ordinance" or "Code")
        {
            mentions.RemoveAll(m => m.Last == open || m.First == open + 1);
            return;
        }
        if (before is null || before.Kind == MentionKind.RoleOnly)
            return;
        var start = AcronymMatcher.LongFormStart(tokens, open, abbr);
        // a person's name the initials spell is the long form's own only before its "of" ("Indigenous People of X (IPOX)")
        if (before.Type == NodeType.Person)
        {
            // "Harakat al-Nur (HAN)": people are not given abbreviations, so a name its initials spell is a group's.
            if (start is not { } first || first > before.First || abbr.Count(char.IsLetter) < 3)
                return;
            before = Retyped(mentions, before, NodeType.Organisation);
        }
        if (start is { } s && s < before.First && !mentions.Any(m => m.First >= s && m.Last <= open && m.Type == NodeType.Person && m.Kind == MentionKind.Named && m != before
                && !tokens[m.Last].Text.Equals("of", StringComparison.Ordinal)))
        {
            var type = mentions.Any(m => m.First >= s && m.Last <= open && m.Type == NodeType.Event) ? NodeType.Event : NodeType.Organisation;
            mentions.RemoveAll(m => m.First >= s && m.Last <= open);
            var from = tokens[s].Start;
            before = new RawMention(s, open, from, tokens[open - 1].End, type, text[from..tokens[open - 1].End], MentionKind.Named);
            mentions.Add(before);
        }
        else if (before.Type is NodeType.Place or NodeType.Country)
            return;
        mentions[mentions.IndexOf(before)] = before with { Acronym = abbr };
        // "(RLF)" the gazetteer knows by another long name: one body, so the abbreviation's mention names the long form.
        if (mentions.FindIndex(m => m.First == open + 1 && m.Kind == MentionKind.Named && m.Type == before.Type) is var inner and >= 0)
            mentions[inner] = mentions[inner] with { AliasOf = before.Start };
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static RawMention Retyped(List<RawMention> mentions, RawMention mention, NodeType type)
    {
        var retyped = mention with { Type = type, Kind = MentionKind.Named, Role = null };
        mentions[mentions.IndexOf(mention)] = retyped;
        return retyped;
    }
}
