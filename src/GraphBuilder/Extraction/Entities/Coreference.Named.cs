using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Entities;

/// <summary>Coreference, first pass: organisations, places, countries and events join by canonical name, form, acronym or spelling.</summary>
internal sealed partial class Coreference
{
    private EntityDraft Named(RawMention raw)
    {
        var canonical = lexicons.Gazetteer.TryGet(raw.Name, out var known) && known!.Type == raw.Type ? known.Canonical : raw.Name;
        if (raw.Type == NodeType.Event)
            return Event(raw, canonical);
        var folded = NameKeys.Fold(canonical);
        var surface = NameKeys.Fold(raw.Name);
        var acronym = raw.Acronym is null ? null : NameKeys.Fold(raw.Acronym);
        var draft = First(First(_index.WithForm(folded, raw.Type), _index.WithForm(surface, raw.Type)),
            acronym is null ? null : _index.WithForm(acronym, raw.Type))
            ?? SpelledAlike(raw.Type, canonical);
        if (draft is null)
        {
            draft = Add(new EntityDraft(raw.Type, canonical));
            RememberSpelling(draft);
        }
        draft.AddForm(raw.Name);
        draft.AddForm(canonical);
        if (raw.Acronym is not null)
            draft.AddForm(raw.Acronym);
        if (raw.Initials is not null)
            draft.AddInitials(raw.Initials);
        return draft;
    }

    /// <summary>"Hizballah" after "Hezbollah": an organisation's long name spelled alike (same consonant skeletons) is the same body.</summary>
    private EntityDraft? SpelledAlike(NodeType type, string name)
    {
        if (type != NodeType.Organisation || NameKeys.Compact(name).Length < 8)
            return null;
        return _bySkeleton.TryGetValue(Skeleton(name), out var alike) ? alike.Root : null;
    }

    /// <summary>Organisations by the skeleton of the name they were created with, so a spelling variant costs one lookup.</summary>
    private readonly Dictionary<string, EntityDraft> _bySkeleton = new(StringComparer.Ordinal);

    private void RememberSpelling(EntityDraft draft)
    {
        if (draft.Type == NodeType.Organisation && NameKeys.Compact(draft.Label).Length >= 8)
            _bySkeleton.TryAdd(Skeleton(draft.Label), draft);
    }

    private static string Skeleton(string name) => string.Join(' ', NameKeys.Words(name).SelectMany(w => w.Split('-')).Select(NameKeys.Skeleton));

    private EntityDraft Event(RawMention raw, string name)
    {
        var key = EventNames.Key(name, CountryOf);
        var draft = _drafts.FirstOrDefault(d => d.MergedInto is null && d.Type == NodeType.Event && d.EventKey!.Matches(key))
            ?? AbbreviatedEvent(name);
        var stripped = EventNames.Strip(name);
        if (draft is null)
            draft = Add(new EntityDraft(NodeType.Event, stripped) { EventKey = key });
        else if (NameKeys.Words(stripped).Count > draft.Words.Count)
        {
            draft.Relabel(stripped);
            draft.EventKey = key;
        }
        draft.AddForm(name);
        draft.AddForm(stripped);
        if (raw.Acronym is not null)
            draft.AddForm(raw.Acronym);
        return draft;
    }
}
