using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Entities;

/// <summary>Coreference, second pass: lone words, title anaphora, abbreviations and "the dialogue" join a named entity.</summary>
internal sealed partial class Coreference
{
    /// <summary>Mentions that need the names first: lone words, title anaphora, lower-case events, "the dialogue".</summary>
    private EntityDraft? Later(PlacedMention m)
    {
        var raw = m.Raw;
        return raw.Kind switch
        {
            MentionKind.Single => Single(raw),
            MentionKind.RoleOnly => Holder(m),
            MentionKind.TopicEvent => Topic(EventNames.Key(raw.Name, CountryOf)),
            MentionKind.EventAnaphor => LatestEvent(raw.Name),
            _ => null,
        };
    }

    private EntityDraft? Topic(EventKey key) => Live().FirstOrDefault(d => d.Type == NodeType.Event && d.EventKey!.Matches(key));

    private EntityDraft? Single(RawMention raw)
    {
        var folded = NameKeys.Fold(raw.Name);
        var known = _index.WithForm(folded, d => d.Type != NodeType.Person) ?? Abbreviated(raw.Name) ?? HeadWordOf(raw);
        if (known is not null)
            return known;
        var people = _index.PeopleWithWord(folded).ToList();
        if (people.Count == 1)
        {
            people[0].AddForm(raw.Name);
            return people[0];
        }
        if (people.Count == 0 && Recurring(raw, folded) is { } named)
            return named;
        if (people.Count > 1 || !raw.AfterPlaceWord || MonthNames.Contains(raw.Name.Split('-')[0]))
            return null;
        return Add(new EntityDraft(NodeType.Place, raw.Name));
    }

    /// <summary>"the RFJC meeting": an abbreviation and a lower-case head name the event the abbreviation stands for.</summary>
    private EntityDraft? AbbreviatedEvent(string name)
    {
        var words = name.Split(' ');
        if (words.Length < 2 || !Initialisms.IsAbbreviation(words[0]) || words.Skip(1).Any(w => w.Length == 0 || char.IsUpper(w[0])))
            return null;
        var known = Live().FirstOrDefault(d => d.Type == NodeType.Event && d.HasForm(NameKeys.Fold(words[0])));
        var letters = Initialisms.Compact(words[0]);
        var spelled = Live().Where(d => d.Type == NodeType.Event && Initialisms.Of(d.Label).Contains(letters)).Take(2).ToList();
        return known ?? (spelled.Count == 1 ? spelled[0] : null);
    }

    /// <summary>Organisations and events by their initials, built at the first bare abbreviation (all names are read by then).</summary>
    private ILookup<string, EntityDraft>? _byInitials;

    /// <summary>"the RFJC" after "the Ruritania-Freedonia Joint Commission": the one organisation or event whose initials it spells.</summary>
    private EntityDraft? Abbreviated(string name)
    {
        if (!Initialisms.IsAbbreviation(name))
            return null;
        _byInitials ??= Live().Where(d => d.Type is NodeType.Organisation or NodeType.Event)
            .SelectMany(d => Initialisms.Of(d.Label).Select(letters => (letters, d))).ToLookup(p => p.letters, p => p.d, StringComparer.Ordinal);
        var spelled = _byInitials[Initialisms.Compact(name)].Select(d => d.Root).Distinct().Take(2).ToList();
        if (spelled.Count != 1)
            return null;
        spelled[0].AddForm(name);
        return spelled[0];
    }

    /// <summary>"the Church" after "the Church of Zorvism": the one named organisation of the article with that word in its name.</summary>
    private EntityDraft? HeadWordOf(RawMention raw)
    {
        if (raw.Type != NodeType.Organisation || Initialisms.IsAbbreviation(raw.Name))
            return null;
        var named = Live().Where(d => d.Type == NodeType.Organisation && d.Label.Contains(' ')
            && d.Label.Split(' ').Contains(raw.Name, StringComparer.Ordinal)).Select(d => d.Root).Distinct().Take(2).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>"in May-June": a month after "in" is a date, not a place.</summary>
    private static readonly HashSet<string> MonthNames = new(System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames
        .Concat(System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames).Where(m => m.Length > 0), StringComparer.OrdinalIgnoreCase);

    private EntityDraft? Holder(PlacedMention m)
    {
        var words = EntityDraft.RoleWordsOf(m.Raw.Role ?? m.Raw.Name);
        var holders = Unqualified(Live().Where(d => d.Type == NodeType.Person && words.IsSubsetOf(d.RoleWords)
            && (m.Raw.Country is null || d.Countries.Contains(m.Raw.Country))).ToList(), m.Raw.Country);
        var earlier = holders.Where(d => d.LastSeen >= 0 && d.LastSentence != m.Sentence).OrderByDescending(d => d.LastSeen).FirstOrDefault();
        return earlier ?? (holders.Count == 1 && holders[0].LastSentence != m.Sentence ? holders[0] : null);
    }

    /// <summary>
    /// "Prime Minister A met Italian Prime Minister B. The prime minister arrived here ...": a bare title, no country
    /// given, is the holder whose own title gave no country either; one a nationality marked as foreign is named so
    /// again. Only when both kinds are among the holders.
    /// </summary>
    private static List<EntityDraft> Unqualified(List<EntityDraft> holders, string? country)
    {
        var bare = country is null ? holders.Where(d => d.Countries.Count == 0).ToList() : [];
        return bare.Count > 0 && bare.Count < holders.Count ? bare : holders;
    }

    private EntityDraft? LatestEvent(string head)
    {
        var events = Live().Where(d => d.Type == NodeType.Event && SameKind(d.Words[^1], head)).ToList();
        return events.Where(d => d.LastSeen >= 0).OrderByDescending(d => d.LastSeen).FirstOrDefault() ?? events.FirstOrDefault();
    }

    private static bool SameKind(string last, string head) =>
        last == head || last is "dialogue" or "talks" or "consultations" && head is "dialogue" or "talks" or "consultations";

    private EntityDraft? ByRole(List<EntityDraft> candidates, RawMention raw)
    {
        if (raw.Role is null || candidates.Count < 2)
            return null;
        var words = EntityDraft.RoleWordsOf(raw.Role);
        var fitting = candidates.Where(d => words.IsSubsetOf(d.RoleWords)).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>"Ruiz Soto" in "Ana Lucía Ruiz Soto"; "Lena Ortmann" in "Lena Maria Ortmann".</summary>
    private static bool ContainsName(IReadOnlyList<string> full, IReadOnlyList<string> part)
    {
        if (part.Count > full.Count)
            return false;
        for (var i = 0; i + part.Count <= full.Count; i++)
            if (SameAt(full, i, part))
                return true;
        return part.Count >= 2 && full[0] == part[0] && full[^1] == part[^1];
    }

    /// <summary>Whether part occurs in full at offset i; an index loop, as this runs for every draft of every name.</summary>
    private static bool SameAt(IReadOnlyList<string> full, int i, IReadOnlyList<string> part)
    {
        for (var k = 0; k < part.Count; k++)
            if (!string.Equals(full[i + k], part[k], StringComparison.Ordinal))
                return false;
        return true;
    }
}
