using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// What earlier sentences of the article leave for later ones: who the last subject was (for "He also met"),
/// the last event named (for "the dialogue") and the last designating body (for "the Department also designated").
/// One instance per document, filled in sentence order.
/// </summary>
internal sealed class Discourse
{
    public string? LastSubject { get; private set; }

    public string? LastPerson { get; private set; }

    public string? LastEvent { get; private set; }

    public Mention? LastActor { get; private set; }

    public void After(MaskedSentence sentence)
    {
        var mentions = sentence.Mentions;
        var firstPerson = mentions.FirstOrDefault(m => m.Type == NodeType.Person);
        if (firstPerson is not null)
        {
            LastSubject = firstPerson.EntityKey;
            LastPerson = mentions.Last(m => m.Type == NodeType.Person).EntityKey;
        }
        var lastEvent = mentions.LastOrDefault(m => m.Type == NodeType.Event);
        if (lastEvent is not null)
            LastEvent = lastEvent.EntityKey;
        var actor = mentions.LastOrDefault(m => m.Type is NodeType.Organisation or NodeType.Country);
        if (actor is not null)
            LastActor = actor;
    }
}
