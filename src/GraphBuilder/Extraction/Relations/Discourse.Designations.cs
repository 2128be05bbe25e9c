namespace GraphBuilder.Extraction.Relations;

/// <summary>What the article's designations leave for later sentences: who designated last, alone or jointly, and what a counted act still expects.</summary>
internal sealed partial class Discourse
{
    private readonly Dictionary<string, string> _designationDates = new(StringComparer.Ordinal);

    /// <summary>The body that designated last ("The two individuals designated today are ..." continues it).</summary>
    public string? LastDesignator { get; private set; }

    /// <summary>
    /// The bodies that designated last together, in one sentence and of the same targets or counted ones: "A and B
    /// jointly designated five people ... Those designated include C" continues both; "S designated X, while T
    /// sanctioned Y" only T.
    /// </summary>
    public IReadOnlyList<string> LastDesignators => [.. _lastDesignators];

    private readonly List<string> _lastDesignators = new();
    private readonly HashSet<string> _jointTargets = new(StringComparer.Ordinal);

    /// <summary>The sentence the last designators were noted in (After counts sentences).</summary>
    private int _designatorSentence = -1, _sentence;

    /// <summary>People a designation counted without naming them ("designated three individuals"), whom the paragraphs after it name one by one.</summary>
    public int EntriesExpected { get; set; }

    /// <summary>Companies or entities the same designation counted ("three individuals and one company"), named after it as the people are.</summary>
    public int BodiesExpected { get; set; }

    /// <summary>Who designates the bullet lines that follow a lead-in ending in a colon ("has listed three groups:"); null outside a listing.</summary>
    public string? ListingDesignator { get; set; }

    private readonly List<string> _designees = new();

    /// <summary>The last two named designees, whoever designated them (none before two).</summary>
    public IReadOnlyList<string> LastTwoDesignees => _designees.Count >= 2 ? _designees[^2..] : [];

    /// <summary>Whether the sentence read now has noted a designator already.</summary>
    private bool DesignatedInSentence => _designatorSentence == _sentence;

    /// <summary>Whether the last designators noted came from a bare sanctions noun's frame (its actor only a guess).</summary>
    public bool NotedByNoun { get; set; }

    /// <summary>
    /// "The UK has announced sanctions against four leaders": the noun's frame, read first, took the country the
    /// article names most for the actor; the support verb's subject read after it in the same sentence replaces it.
    /// </summary>
    public void DropNounActors()
    {
        if (NotedByNoun && DesignatedInSentence)
        {
            _lastDesignators.Clear();
            _jointTargets.Clear();
        }
        NotedByNoun = false;
    }

    public string? DesignationDate(string actor) => _designationDates.GetValueOrDefault(actor);

    /// <summary>
    /// Who was designated last with no designator the text names there ("X has been declared an unlawful
    /// organisation"), for "The declaration was made by the Home Minister" after it; a named designator ends it.
    /// </summary>
    public IReadOnlyList<string> Unattributed { get; private set; } = [];

    public void NoteUnattributed(IReadOnlyList<string> designees) => Unattributed = designees;

    /// <summary>A body designated; target is null where the act only counted its targets.</summary>
    public void NoteDesignator(string body, string? target = null)
    {
        LastDesignator = body;
        Unattributed = [];
        var joint = _designatorSentence == _sentence && (_lastDesignators.Contains(body) || target is null || _jointTargets.Contains(target));
        if (!joint)
        {
            _lastDesignators.Clear();
            _jointTargets.Clear();
        }
        _designatorSentence = _sentence;
        if (!_lastDesignators.Contains(body))
            _lastDesignators.Add(body);
        if (target is null)
            return;
        _jointTargets.Add(target);
        _designees.Remove(target);
        _designees.Add(target);
    }
}
