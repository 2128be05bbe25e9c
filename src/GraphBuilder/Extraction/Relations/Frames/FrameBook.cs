namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The relation frames of Lexicons/relation-frames.txt, loaded once, indexed by trigger key.</summary>
internal sealed class FrameBook
{
    public static FrameBook Instance { get; } = new(Lexicon.Lines("relation-frames"));

    private static readonly Frame[] None = [];

    private readonly Dictionary<string, List<Frame>> _byTrigger = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<(string Relation, string Lemma)> _verbs = new();
    private readonly Dictionary<string, List<Frame>>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public FrameBook(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var frame = Parse(line);
            foreach (var trigger in frame.Triggers)
            {
                (_byTrigger.TryGetValue(trigger, out var list) ? list : _byTrigger[trigger] = []).Add(frame);
                _words.UnionWith(trigger.ToLowerInvariant().Split('+'));
            }
            foreach (var verb in Verbs(frame))
                _verbs.Add((frame.Relation, verb.ToLowerInvariant()));
        }
        _spans = _byTrigger.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether a lemma is a trigger or a part of one ("hold" and "talks" of "hold+talks").</summary>
    public bool Knows(string lemma) => _words.Contains(lemma);

    /// <summary>Whether a lemma is a verb that acts in a frame of the relation: "designate", the "impose" of "impose+sanctions" (never "be").</summary>
    public bool IsVerbOf(string relation, string lemma) => _verbs.Contains((relation, lemma.ToLowerInvariant()));

    private static IEnumerable<string> Verbs(Frame frame) =>
        frame.Supported ? frame.Triggers.Select(t => t.Split('+')[0]).Where(v => v != "be")
        : frame.VerbOnly ? frame.Triggers.Where(v => v != "be") : [];

    /// <summary>The frames a trigger key ("meet", "hold+talks") opens; none for any other word.</summary>
    public IReadOnlyList<Frame> For(string key) => _byTrigger.TryGetValue(key, out var list) ? list : None;

    /// <summary>The frames of the key "verb+noun", looked up without building the key string (this runs for most words).</summary>
    public IReadOnlyList<Frame> For(string verb, string noun)
    {
        var length = verb.Length + 1 + noun.Length;
        if (length > 128)
            return For(verb + "+" + noun);
        Span<char> key = stackalloc char[length];
        verb.CopyTo(key);
        key[verb.Length] = '+';
        noun.CopyTo(key[(verb.Length + 1)..]);
        return _spans.TryGetValue(key, out var list) ? list : None;
    }

    public static Frame Parse(string line)
    {
        var words = SplitFields(line);
        if (words.Count < 3)
            throw new FormatException($"relation frame needs a relation, a trigger and roles: '{line}'");
        var fields = words.Skip(2).Select(w => w.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var triggers = words[1].Split('|');
        var fixedAs = fields.GetValueOrDefault("as") is { } a && a.StartsWith('"') ? a.Trim('"') : null;
        return new Frame(words[0], new HashSet<string>(triggers, StringComparer.OrdinalIgnoreCase),
            triggers.Any(t => t.Contains('+')), Slots(fields, "source"), Slots(fields, "target"), Slots(fields, "pair"),
            fixedAs is null ? Slots(fields, "as") : [], fixedAs, Slots(fields, "need"), Slots(fields, "not"),
            fields.TryGetValue("min", out var min) ? int.Parse(min, System.Globalization.CultureInfo.InvariantCulture) : 1,
            fields.GetValueOrDefault("pos") == "verb", Slots(fields, "also"), fields.GetValueOrDefault("pos") == "noun",
            fields.GetValueOrDefault("backoff") == "yes");
    }

    private static IReadOnlyList<Slot> Slots(Dictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) ? SplitSlots(value).Select(Slot.Parse).ToList() : [];

    /// <summary>"obl/to=list|/to=lists|xcomp": '|' separates slots; a "=a|b" lemma list is written with ','.</summary>
    private static IEnumerable<string> SplitSlots(string value) => value.Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whitespace-separated fields; a quoted value ("sanctions list") keeps its spaces.</summary>
    private static List<string> SplitFields(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
                quoted = !quoted;
            if (char.IsWhiteSpace(c) && !quoted)
            {
                if (current.Length > 0)
                    fields.Add(current.ToString());
                current.Clear();
            }
            else
                current.Append(c);
        }
        if (current.Length > 0)
            fields.Add(current.ToString());
        return fields;
    }
}
