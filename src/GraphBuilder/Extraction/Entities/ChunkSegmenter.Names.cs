using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>Readings of a run that news names call for beside the person and body readings: ordinals, given names that are places, naming nouns.</summary>
internal sealed partial class ChunkSegmenter
{
    /// <summary>"the 27th Avenue Gang", "the 3rd Infantry Division": an ordinal opening an organisation's name is part of it.</summary>
    private bool NumberedBody(List<Token> tokens, int p, int last) => phrases.Organisation(tokens, p, last) is { } body && body.First == p;

    /// <summary>
    /// "the UN envoy Sofia Brandvik": a place's or country's name after a lower-case title and before a name word is
    /// a given name (Sofia, Victoria, Jordan), as it would be after a capitalised title.
    /// </summary>
    private bool GivenNameAfterTitle(List<Token> tokens, int p, int last) =>
        p > 0 && !tokens[p - 1].IsCapitalised && lexicons.Titles.Longest(tokens, p - 1, p).Length == 1
        && p + 1 < last && names.Read(tokens, p + 1, last) > p + 1 && lexicons.Gazetteer.Longest(tokens, p + 1, last).Length == 0;

    private static readonly HashSet<string> NamingNouns = new(StringComparer.Ordinal) { "network", "cartel", "gang", "clan", "syndicate" };

    /// <summary>"the Brekkani network", "the Norte cartel": a lower-case noun that makes a family or place name a group's name with it.</summary>
    private static bool NamingNoun(List<Token> tokens, int end) =>
        end < tokens.Count && NamingNouns.Contains(tokens[end].Text)
        && (end + 1 == tokens.Count || tokens[end + 1].Text.Length == 0 || tokens[end + 1].Text[0] is not ('\'' or '\u2019'));

    /// <summary>
    /// "the International War Crimes Tribunal", "the World Cup Organising Committee": an organisation word after the
    /// event's head makes the whole run a body named after the event, not the event (a body after "and" is another name).
    /// </summary>
    private bool BodyAfterEvent(List<Token> tokens, int p, int last, RawMention ev) =>
        ev.Last < last && tokens[ev.Last].IsCapitalised && phrases.Organisation(tokens, p, last) is { } body && body.First == p
        && body.Last > ev.Last && Enumerable.Range(ev.Last, body.Last - ev.Last).All(k => tokens[k].Text != "and");

    private static readonly HashSet<string> Legislatures = new(StringComparer.Ordinal) { "Senate", "Congress" };

    /// <summary>"the Senate will vote", "Congress passed": a legislature's word alone, capitalised, names the legislature.</summary>
    private static bool LoneLegislature(List<Token> tokens, int p, int last) =>
        p + 1 == last && Legislatures.Contains(tokens[p].Text);

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
        { "the", "this", "these", "those", "a", "an", "our", "their", "its", "every", "each" };

    /// <summary>"OFAC", "UNSC": a known body's initials, as the article wrote them, when its name is the long one.</summary>
    private static string? WrittenInitials(List<Token> tokens, int p, int length, Known known) =>
        known.Type == Graph.NodeType.Organisation && length == 1 && tokens[p].IsAcronym && tokens[p].Text != known.Canonical ? tokens[p].Text : null;
}
