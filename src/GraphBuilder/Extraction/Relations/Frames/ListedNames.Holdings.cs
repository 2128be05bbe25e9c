using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// A name set before a nameless noun of what a group holds ("two X front companies", "a major X financial network") or
/// before several groups of one kind ("nine X splinter groups"): the holdings or the groups are meant, not X.
/// </summary>
internal static partial class ListedNames
{
    /// <summary>What a group owns or runs: the name before it says whose they are.</summary>
    private static readonly HashSet<string> HoldingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "companies", "firm", "firms", "business", "businesses", "subsidiary", "subsidiaries", "vessel", "vessels",
        "ship", "ships", "tanker", "tankers", "property", "properties", "asset", "assets",
    };

    /// <summary>A group's parts, its own name when bare ("the X network"), another's when a kind word comes between ("X financial network").</summary>
    private static readonly HashSet<string> PartNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "network", "networks", "cell", "cells", "unit", "units", "front", "fronts",
    };

    private static readonly HashSet<string> GroupNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "groups", "organisations", "organizations", "outfits", "factions", "militias", "movements",
    };

    /// <summary>
    /// Whether a nameless noun's compounds and adjectives only say whose it is: a holding noun; a part noun with a nameless
    /// kind word of its own; a plural group noun with one name before it (two names joined, "the A and B armed groups",
    /// are the groups).
    /// </summary>
    public static bool IsHoldingNoun(FrameSentence sentence, SyntaxWord head)
    {
        if (sentence.MentionOf(head) is not null)
            return false;
        var modifiers = sentence.Children(head).Where(c => c.Relation is "compound" or "amod").ToList();
        var form = head.Form;
        if (HoldingNouns.Contains(form))
            return true;
        if (PartNouns.Contains(form))
            return modifiers.Any(c => sentence.MentionOf(c) is null && c.Upos != "PROPN");
        var below = modifiers.SelectMany(sentence.Subtree).ToList();
        return GroupNouns.Contains(form) && below.Select(sentence.MentionOf).OfType<Mention>().Distinct().Count() == 1
            && !below.Any(w => w.Relation is "conj" or "cc");
    }

    /// <summary>Whether a name word stands in the compounds of a holding noun ("two X Brigade front companies").</summary>
    public static bool IsHolder(FrameSentence sentence, SyntaxWord word)
    {
        var w = word;
        for (var i = 0; i < 8 && w.Relation is "compound" or "amod" or "flat" && sentence.Head(w) is { } up; i++, w = up)
            if (w.Relation is "compound" or "amod" && sentence.MentionOf(up) is null)
                return IsHoldingNoun(sentence, up);
        return false;
    }
}
