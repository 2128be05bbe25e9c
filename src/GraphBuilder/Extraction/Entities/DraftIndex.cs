namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// Coreference's lookups by folded form and by person name word, so that resolving a mention costs the
/// drafts that share a form or word with it, not every draft of the document: with a scan per mention a
/// document naming 8,000 distinct people took 13 s (quadratic); with the index time is linear in names.
/// Lookups keep the scan's answer: among the live drafts that qualify, the one created first.
/// </summary>
internal sealed class DraftIndex
{
    private readonly Dictionary<string, List<EntityDraft>> _byForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EntityDraft>> _peopleByWord = new(StringComparer.Ordinal);
    private int _created;

    /// <summary>Registers a new draft: its serial (creation order), its forms, and its name words if a person.</summary>
    public EntityDraft Track(EntityDraft draft)
    {
        draft.Serial = _created++;
        draft.Index = this;
        foreach (var form in draft.FoldedForms)
            Form(draft, form);
        if (draft.Type == Graph.NodeType.Person)
            foreach (var word in draft.Words.Distinct(StringComparer.Ordinal))
                Append(_peopleByWord, word, draft);
        return draft;
    }

    /// <summary>Called by EntityDraft when it gains a folded form.</summary>
    public void Form(EntityDraft draft, string folded) => Append(_byForm, folded, draft);

    /// <summary>The first-created live draft with this folded form that also passes the filter.</summary>
    public EntityDraft? WithForm(string folded, Func<EntityDraft, bool> filter) => WithForm(folded, filter, static (d, f) => f(d));

    /// <summary>As above, of one type: no closure per lookup (coreference asks three times for every name mention).</summary>
    public EntityDraft? WithForm(string folded, Graph.NodeType type) => WithForm(folded, type, static (d, t) => d.Type == t);

    /// <summary>A loop rather than Where and MinBy, which allocated their iterators on every lookup.</summary>
    private EntityDraft? WithForm<T>(string folded, T state, Func<EntityDraft, T, bool> filter)
    {
        if (!_byForm.TryGetValue(folded, out var drafts))
            return null;
        EntityDraft? first = null;
        foreach (var d in drafts)
            if (d.MergedInto is null && filter(d, state) && (first is null || d.Serial < first.Serial))
                first = d;
        return first;
    }

    /// <summary>Live people whose name has this word, in creation order.</summary>
    public IEnumerable<EntityDraft> PeopleWithWord(string word) =>
        _peopleByWord.TryGetValue(word, out var drafts) ? drafts.Where(d => d.MergedInto is null) : [];

    private static void Append(Dictionary<string, List<EntityDraft>> index, string key, EntityDraft draft)
    {
        if (!index.TryGetValue(key, out var drafts))
            index[key] = drafts = [];
        if (drafts.Count == 0 || drafts[^1] != draft)
            drafts.Add(draft);
    }
}
