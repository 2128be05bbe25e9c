using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Entities;

/// <summary>One entity of a document while coreference runs: its forms, roles and how often it was mentioned.</summary>
internal sealed class EntityDraft(NodeType type, string label)
{
    private readonly List<string> _forms = [label];
    private readonly SortedSet<string> _initials = new(StringComparer.Ordinal);
    private readonly List<string> _roles = [];
    private readonly HashSet<string> _roleWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);

    public NodeType Type { get; } = type;

    public string Label { get; private set; } = label;

    public IReadOnlyList<string> Forms => _forms;

    /// <summary>Initials the article wrote for a known body ("OFAC" for the Office of Foreign Assets Control).</summary>
    public IReadOnlyCollection<string> Initials => _initials;

    public void AddInitials(string initials) => _initials.Add(initials);

    public IReadOnlyList<string> Roles => _roles;

    public IReadOnlySet<string> RoleWords => _roleWords;

    public IReadOnlySet<string> Countries => _countries;

    private IReadOnlyList<string>? _words;

    public IReadOnlyList<string> Words => _words ??= NameKeys.Words(Label);

    public EventKey? EventKey { get; set; }

    public int Mentions { get; set; }

    /// <summary>Position (document order) of the latest mention resolved to this entity so far.</summary>
    public int LastSeen { get; set; } = -1;

    public int LastSentence { get; set; } = -1;

    public EntityDraft? MergedInto { get; set; }

    /// <summary>Creation order within the document, and the index that tracks its forms (see DraftIndex).</summary>
    public int Serial { get; set; }

    public DraftIndex? Index { get; set; }

    public IReadOnlySet<string> FoldedForms => _folded;

    public EntityDraft Root => MergedInto?.Root ?? this;

    public void AddForm(string form)
    {
        if (!string.IsNullOrWhiteSpace(form) && !_forms.Contains(form))
        {
            _forms.Add(form);
            var folded = NameKeys.Fold(form);
            if (_folded.Add(folded))
                Index?.Form(this, folded);
        }
    }

    public void Relabel(string label)
    {
        AddForm(label);
        Label = label;
        _words = null;
    }

    public void AddRole(string? role, string? country)
    {
        if (country is not null)
            _countries.Add(country);
        if (string.IsNullOrWhiteSpace(role))
            return;
        if (!_roles.Contains(role))
            _roles.Add(role);
        _roleWords.UnionWith(RoleWordsOf(role));
    }

    private readonly HashSet<string> _folded = new(StringComparer.Ordinal) { NameKeys.Fold(label) };

    public bool HasForm(string folded) => _folded.Contains(folded);

    public void Absorb(EntityDraft other)
    {
        foreach (var form in other.Forms)
            AddForm(form);
        _initials.UnionWith(other.Initials);
        foreach (var role in other.Roles)
            AddRole(role, null);
        _countries.UnionWith(other.Countries);
        Mentions += other.Mentions;
        other.MergedInto = this;
    }

    /// <summary>"PM Dahal" is the Prime Minister of the two Dahals an article names: an abbreviated title's words.</summary>
    private static readonly Dictionary<string, string[]> Abbreviations = new(StringComparer.Ordinal)
    {
        ["pm"] = ["prime", "minister"], ["dpm"] = ["deputy", "prime", "minister"], ["fm"] = ["foreign", "minister"],
        ["eam"] = ["external", "affairs", "minister"], ["nsa"] = ["national", "security", "adviser"],
    };

    public static IReadOnlySet<string> RoleWordsOf(string role) =>
        NameKeys.Words(role).Where(w => w is not ("the" or "of" or "for" or "and" or "a" or "an"))
            .SelectMany(w => Abbreviations.TryGetValue(w, out var words) ? words : [w]).ToHashSet(StringComparer.Ordinal);
}
