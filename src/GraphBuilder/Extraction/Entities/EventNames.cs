namespace GraphBuilder.Extraction.Entities;

/// <summary>An event name reduced for comparison: its core words (no ordinal, year, or country pair) and the countries it names.</summary>
public sealed record EventKey(string Core, IReadOnlySet<string> Countries, string Skeleton)
{
    /// <summary>Same event: same core, or one core ending the other ("worldcup" / "t20worldcup"); country pairs must agree when both give one.</summary>
    public bool Matches(EventKey other)
    {
        if (Countries.Count > 0 && other.Countries.Count > 0 && !Countries.SetEquals(other.Countries))
            return false;
        if (Core == other.Core || Skeleton == other.Skeleton)
            return true;
        var (shorter, longer) = Core.Length <= other.Core.Length ? (Core, other.Core) : (other.Core, Core);
        return shorter.Length >= 8 && longer.EndsWith(shorter, StringComparison.Ordinal) || Abridges(other) || Topical(other) || SameBody(other);
    }

    /// <summary>"Ministerial Joint Commission for Trade" / "Joint Commission for Trade": the same last three words or more, the shorter name adding none of its own but one qualifier.</summary>
    private bool SameBody(EventKey other)
    {
        var (a, b) = (Skeleton.Split(' '), other.Skeleton.Split(' '));
        var common = 0;
        while (common < a.Length && common < b.Length && a[^(common + 1)] == b[^(common + 1)])
            common++;
        return common >= 3 && Math.Min(a.Length, b.Length) - common <= 1;
    }

    /// <summary>"Joint Commission" / "Joint Commission on Trade": the longer name only adds a topic after "on", "for" or "of".</summary>
    private bool Topical(EventKey other)
    {
        var (shorter, longer) = Skeleton.Length <= other.Skeleton.Length ? (Skeleton, other.Skeleton) : (other.Skeleton, Skeleton);
        if (!shorter.Contains(' ') || !longer.StartsWith(shorter + " ", StringComparison.Ordinal))
            return false;
        var next = longer[(shorter.Length + 1)..].Split(' ')[0];
        return next is "on" or "fr" or "of";
    }

    /// <summary>
    /// "Sabina Shoal incident" for "Sabina Shoal water cannon incident": the shorter name keeps the longer one's
    /// first and last words and leaves out words between (a target or weapon), never adding one of its own.
    /// </summary>
    private bool Abridges(EventKey other)
    {
        var (a, b) = (Skeleton.Split(' '), other.Skeleton.Split(' '));
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length < 2 || shorter.Length == longer.Length || shorter[0] != longer[0] || shorter[^1] != longer[^1])
            return false;
        var k = 0;
        foreach (var word in longer)
            if (k < shorter.Length && word == shorter[k])
                k++;
        return k == shorter.Length;
    }
}

/// <summary>Canonical event names: "4th Peru-Chile Border Security Dialogue" → "Peru-Chile Border Security Dialogue".</summary>
public static class EventNames
{
    private static readonly HashSet<string> OrdinalWords = new(StringComparer.OrdinalIgnoreCase)
        { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "last", "next", "the" };

    private static readonly HashSet<string> SittingWords = new(StringComparer.OrdinalIgnoreCase)
        { "meeting", "session", "round", "sitting", "edition", "plenary" };

    public static bool IsOrdinalWord(string word) => OrdinalWords.Contains(word);

    /// <summary>"Joint Commission Meeting": a capitalised "Meeting" or "Session" closing a body's name, read with it and left out of its key.</summary>
    public static bool IsClosingSitting(string word) => word is "Meeting" or "Session";

    /// <summary>"meeting", "session", "round": a word for one sitting of a body.</summary>
    public static bool IsSittingWord(string word) => SittingWords.Contains(word);

    /// <summary>Without the leading ordinal or year and the sitting words: "the 9th round of the X Commission" → "X Commission".</summary>
    public static string Strip(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        DropOrdinals(words);
        if (words.Count > 2 && SittingWords.Contains(words[0]) && words[1] == "of")
        {
            words.RemoveRange(0, 2);
            DropOrdinals(words);
        }
        return string.Join(' ', words);
    }

    private static void DropOrdinals(List<string> words)
    {
        while (words.Count > 1 && (OrdinalWords.Contains(words[0]) || Chunker.IsOrdinal(words[0]) || IsYear(words[0])))
            words.RemoveAt(0);
    }

    /// <summary>The key of a name; countryOf maps a word (or a part of "Peru-Chile") to its country, if it is one.</summary>
    public static EventKey Key(string name, Func<string, string?> countryOf)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        var core = new List<string>();
        foreach (var word in WithoutSitting(Strip(name)))
        {
            var parts = word.Split('-', '\u2013');
            // "South Africa-Ruritania": the first part of a pair may end a country name begun by the word before.
            if (parts.Length > 1 && countryOf(parts[0]) is null && core.Count > 0 && countryOf(core[^1] + " " + parts[0]) is not null)
            {
                parts[0] = core[^1] + " " + parts[0];
                core.RemoveAt(core.Count - 1);
            }
            var named = parts.Select(countryOf).ToList();
            if (named.All(c => c is not null))
                countries.UnionWith(named!);
            else
                core.Add(word);
        }
        var compact = NameKeys.Compact(string.Join(' ', core));
        return new EventKey(compact, countries, string.Join(' ', core.Select(NameKeys.Skeleton)));
    }

    /// <summary>"Joint Commission Meeting" is a sitting of the "Joint Commission": a closing "Meeting" or "Session" after two words or more is no part of the key.</summary>
    private static IEnumerable<string> WithoutSitting(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 2 && IsClosingSitting(words[^1]) ? words[..^1] : words;
    }

    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsDigit);
}
