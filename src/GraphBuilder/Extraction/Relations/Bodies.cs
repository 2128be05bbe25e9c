using System.Text.RegularExpressions;
using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// Tells state bodies (ministries, departments, committees, ...) from other organisations, so that "the group"
/// resolves to the last militant or private organisation named and "the Department" to the last body.
/// </summary>
internal static partial class Bodies
{
    private static readonly Regex GovernmentalWord = Patterns.Create(@"\b(?:Department|Ministry|Office|Treasury|Committee|Council|Commission|Embassy|High Commission|Consulate|Parliament|Congress|Senate|Government|Cabinet|Agency|Bureau|Administration|Centre|Center|Nations|Union|Court|Presidency|Secretariat|Directorate|Police|Navy|Air Force|Coast Guard|Border Force|Forces|Service|Authority|State|Assembly|Legislature|House of|Chamber of|Rada|Duma|Knesset|Majlis|Bundestag|Sejm|Sabha|Arab League|League of Arab States)\b", RegexOptions.IgnoreCase);

    /// <summary>
    /// "Islamic State", "Islamic State in Khorasan Province": a capitalised word before a final "State" (or one
    /// an "of" or "in" phrase follows) names what a group claims to be, no body of a state ("State Council",
    /// "Department of State", "State" alone keep theirs).
    /// </summary>
    private static readonly Regex GroupState = Patterns.Create(@"\b[A-Z][a-z]+ State(?= of\b| in\b|$)");

    /// <summary>
    /// Whether a body's name has a word of state (legislatures by their own names too: "Verkhovna Rada", "Lok Sabha");
    /// answers are kept by name, as the same bodies recur in every article.
    /// </summary>
    public static bool IsGovernmental(string name)
    {
        if (Governmental.TryGetValue(name, out var known))
            return known;
        var answer = GovernmentalWord.IsMatch(GroupState.Replace(name, ""));
        if (Governmental.Count < MaxCachedAnswers)
            Governmental[name] = answer;
        return answer;
    }

    /// <summary>Bounded, so a corpus of endless distinct names cannot grow it without limit (as PhraseTable's answers).</summary>
    private const int MaxCachedAnswers = 100_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Governmental = new(StringComparer.Ordinal);

    private static readonly HashSet<string> StateBodyWords = new(StringComparer.Ordinal)
    {
        "Department", "Ministry", "Office", "Treasury", "Committee", "Council", "Commission", "Government", "Cabinet", "Administration", "OFAC",
    };

    /// <summary>
    /// A body that acts for a state ("Home Office", "Security Council", "European Union"): not "Islamic State", not
    /// "Agency". "Union" only as a union of states or India's central government ("Union Cabinet"): "the Kettle Valley
    /// Union", "Islamic Jihad Union" are groups.
    /// </summary>
    public static bool IsStateBody(string name) =>
        name.Split([' ', '-', '\'', '\u2019'], StringSplitOptions.RemoveEmptyEntries).Any(StateBodyWords.Contains)
        || name is "European Union" or "African Union" or "Eurasian Economic Union" || name.StartsWith("Union ", StringComparison.Ordinal);
}
