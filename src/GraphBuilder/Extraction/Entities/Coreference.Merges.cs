using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Entities;

/// <summary>Coreference, merges after the names: aliases, abbreviated heads and short forms of longer names.</summary>
internal sealed partial class Coreference
{
    /// <summary>"Alias" mentions join the entity they name (the first name stays the label).</summary>
    private void LinkAliases(IReadOnlyList<PlacedMention> mentions)
    {
        foreach (var m in mentions.Where(m => m.Raw.AliasOf is not null && _resolved.ContainsKey(m)))
        {
            var target = mentions.FirstOrDefault(t => t.Sentence == m.Sentence && t.Raw.Start == m.Raw.AliasOf && _resolved.ContainsKey(t));
            var (named, alias) = (target is null ? null : _resolved[target].Root, _resolved[m].Root);
            if (named is not null && named != alias)
                named.Absorb(alias);
        }
    }

    /// <summary>"RFC Council" beside "Ruritanian Federal Council (RFC)": an abbreviation with a word of its long name is that organisation.</summary>
    private void MergeAbbreviatedHeads()
    {
        foreach (var small in Live().Where(d => d.Type == NodeType.Organisation && d.Words.Count == 2 && Initialisms.IsAbbreviation(d.Label.Split(' ')[0])).ToList())
        {
            var big = Live().FirstOrDefault(d => d != small && d.Type == NodeType.Organisation && d.HasForm(small.Words[0]) && d.Words.Contains(small.Words[1]));
            big?.Absorb(small);
        }
    }

    private void MergeSubsets(NodeType type, Func<EntityDraft, EntityDraft, bool> contains)
    {
        var drafts = StableSort.InPlace(Live().Where(d => d.Type == type).ToList(), static (a, b) => b.Words.Count.CompareTo(a.Words.Count));
        foreach (var small in drafts.AsEnumerable().Reverse())
        {
            DocumentBudget.Check();
            var big = drafts.FirstOrDefault(b => b != small && b.MergedInto is null && b.Words.Count > small.Words.Count && contains(b, small));
            big?.Absorb(small);
        }
    }

    /// <summary>"European Union" inside "Council of the European Union": a body the gazetteer knows is itself, not a short form of a longer name.</summary>
    private bool WellKnown(EntityDraft draft) => lexicons.Gazetteer.TryGet(draft.Label, out var known) && known!.Canonical == draft.Label;

    private static bool OrganisationContains(EntityDraft big, EntityDraft small)
    {
        var content = small.Words.Where(w => w is not ("the" or "of" or "and" or "for")).ToList();
        return content.Count >= 2 && content.All(big.Words.Contains);
    }

    /// <summary>"El Toro" alone after Olan "El Toro" Brekk: a person the article gave that nickname.</summary>
    private EntityDraft? Nicknamed(string name) => _index.WithForm(NameKeys.Fold(name), d => d.Type == NodeType.Person && d.MergedInto is null);
}
