using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Entities;

internal enum MentionKind
{
    /// <summary>A name: "Lena Ortmann", "Northern Liberation Army", "Jakarta".</summary>
    Named,

    /// <summary>A title without a name ("the interior minister", "Nigeria's National Security Adviser"): an anaphor or an apposition.</summary>
    RoleOnly,

    /// <summary>A lone capitalised word or acronym ("Ortmann", "NCA"), resolved against the document's entities.</summary>
    Single,

    /// <summary>"the dialogue", "the plenary": refers to the last named event with that head.</summary>
    EventAnaphor,

    /// <summary>A lower-case event ("counterterrorism dialogue"), kept only when it names an event the article names properly.</summary>
    TopicEvent,
}

/// <summary>
/// A mention as the scanner finds it, before coreference: First/Last are token indices of the sentence
/// (Last exclusive), Start/End offsets into the file text. Name is the normalised surface name
/// (title stripped); Role the title seen with it; Country the country the title names ("US").
/// </summary>
internal sealed record RawMention(int First, int Last, int Start, int End, NodeType Type, string Name, MentionKind Kind)
{
    public string? Role { get; init; }

    public string? Country { get; init; }

    /// <summary>
    /// The country of a possessive before the title ("Senegal's Minister ..."): it has a mention of its own, so
    /// unlike Country it is not counted again; coreference uses it to find "the Senegalese minister".
    /// </summary>
    public string? Owner { get; init; }

    /// <summary>An abbreviation given in parentheses right after the mention ("(ABF)").</summary>
    public string? Acronym { get; init; }

    /// <summary>The initials the article wrote for a body the gazetteer names ("OFAC"): the node's alias, never a key to merge by.</summary>
    public string? Initials { get; init; }

    /// <summary>The start offset of the mention this one is another name of ("X, also known as Y"), in the same sentence.</summary>
    public int? AliasOf { get; init; }

    /// <summary>A nickname quoted inside the name (Olan "The Hammer" Brekk): another form of the person, not part of the label.</summary>
    public string? Nickname { get; init; }

    /// <summary>True when a place preposition precedes a lone word ("in Kupang"), so an unknown word is a place.</summary>
    public bool AfterPlaceWord { get; init; }

    /// <summary>True when a determiner precedes the mention ("the Senate", "this Nation"): no person's name.</summary>
    public bool AfterDeterminer { get; init; }
}
