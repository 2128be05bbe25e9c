namespace GraphBuilder.Tests.Robustness;

/// <summary>
/// A seeded, deterministic writer of official-style news sentences with invented names: ordinal event names,
/// dotted initials, long appositive titles, coordinated lists of titled names, co-chaired / led by / held
/// talks / designated frames, parentheses, acronyms and dashes. The same seed always gives the same text.
/// Shared (as a linked file) by the robustness test and the growth benchmark.
/// </summary>
public sealed class OfficialText(int seed)
{
    private static readonly string[] First = ["Mara", "Ravi", "Lena", "Tomas", "Ines", "Oskar", "Yara", "Dario", "Kemal", "Noor", "Elsa", "Milan", "Sora", "Anika", "Pavel", "Rhea"];
    private static readonly string[] Last = ["Quint", "Sethi", "Voss", "Aldana", "Brandt", "Okafor", "Lindqvist", "Moreau", "Haddad", "Ferreira", "Novak", "Castellan", "Iriarte", "Dumont"];
    private static readonly string[] Titles =
    [
        "Director for Security in the External Service", "Joint Secretary for Fisheries", "Deputy Minister of Foreign Affairs",
        "Under Secretary for Political Affairs", "Special Envoy for Maritime Affairs", "Director-General of the Consular Department",
        "Secretary for Europe and Asia", "Minister of Defence", "Chief of the Naval Staff", "Additional Secretary for Counterterrorism",
    ];
    private static readonly string[] Honorifics = ["Ambassador", "Minister", "Dr", "Admiral", "Secretary", "General"];
    private static readonly string[] Countries = ["Ruritania", "Freedonia", "Sylvania", "Borduria", "Syldavia", "Peru", "Norway", "Kenya", "Chile", "Nepal"];
    private static readonly string[] Places = ["Lima", "Oslo", "Nairobi", "Quito", "Valparaiso", "Strelsau", "Klow"];
    private static readonly string[] Topics = ["Maritime", "Security", "Strategic", "Consular", "Trade", "Counterterrorism", "Cyber"];
    private static readonly string[] Ordinals = ["1st", "2nd", "3rd", "4th", "9th", "14th", "21st", "first", "second", "third", "fifth"];
    private static readonly string[] Groups = ["Front for the Liberation of Borduria (FLB)", "Syldavian Resistance Army (SRA)", "Coastal Brotherhood"];
    private static readonly string[] Issues = ["joint patrols", "fishing licences", "port access", "training", "cyber security", "visa rules", "energy links", "disaster relief"];

    private readonly Random _random = new(seed);

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public int Next(int max) => _random.Next(max);

    private char Initial() => "ABCDEKLMRST"[Next(11)];

    public string Person() => _random.Next(4) switch
    {
        0 => $"{Initial()}.{Initial()}. {Pick(Last)}",
        1 => $"{Pick(Honorifics)} {Pick(First)} {Pick(Last)}",
        _ => $"{Pick(First)} {Pick(Last)}",
    };

    public string Titled() => _random.Next(3) switch
    {
        0 => $"{Person()}, {Pick(Titles)}",
        1 => $"{Pick(Countries)} {Pick(Titles)} {Person()}",
        _ => $"{Person()}, {Pick(Titles)} in the Ministry of {Pick(Topics)} Affairs of {Pick(Countries)}",
    };

    public string Event() => _random.Next(3) switch
    {
        0 => $"{Pick(Ordinals)} {Pick(Topics)} Dialogue",
        1 => $"{Pick(Ordinals)} round of the {Pick(Countries)}-{Pick(Countries)} {Pick(Topics)} Dialogue",
        _ => $"Joint Working Group on {Pick(Topics)} Cooperation",
    };

    public string List(int count, Func<string> item)
    {
        var items = Enumerable.Range(0, count).Select(_ => item()).ToList();
        return count == 1 ? items[0] : string.Join(_random.Next(2) == 0 ? "; " : ", ", items[..^1]) + " and " + items[^1];
    }

    private static readonly string[] Dates = ["Monday", "Thursday", "May 9", "9 May 2024", "last week", "14-15 March"];
    private static readonly string[] Acronyms = ["MoU", "JWG", "SDGT", "UN"];
    private static readonly string[] Inserts = ["—", "(", ")", "and", "by", "with", ";", "A.B."];
    private static readonly string[] Leads = ["led by", "chaired by", "headed by", "co-chaired by"];

    private string Date() => Pick(Dates);

    public string Sentence() => _random.Next(12) switch
    {
        0 => $"Both sides held their {Event()} in {Pick(Places)} on {Date()}.",
        1 => $"The {Event()} was co-chaired by {List(2, Titled)}.",
        2 => $"The Dialogue was {Pick(Leads)} {Titled()}, and the two sides reviewed progress on {List(2 + Next(5), () => Pick(Issues))}.",
        3 => $"{Titled()} held talks with {List(1 + Next(4), Titled)} in {Pick(Places)}.",
        4 => $"{Person()} met {List(1 + Next(3), Person)} on the sidelines of the {Event()} — the first such meeting since {2000 + Next(24)}.",
        5 => $"The Department of State designated the {Pick(Groups)} as a Specially Designated Global Terrorist (SDGT) entity.",
        6 => $"The accord was signed in the presence of {Titled()}, and the two sides reviewed progress on {List(3 + Next(4), () => Pick(Issues))}.",
        7 => $"Delegations included {List(2 + Next(6), Titled)}.",
        8 => $"{Pick(Countries)} and {Pick(Countries)} ({Pick(Acronyms)}) agreed to hold the {Event()} in {Pick(Places)} next year.",
        9 => $"{Person()}, {Pick(Titles)}, said the {Event()} - held in {Pick(Places)} - was \"productive\".",
        10 => $"{Person()} ({Pick(Countries)}) called on {Person()} and discussed {Pick(Issues)}.",
        _ => $"Both sides held the {Event()} in {Pick(Places)}, co-chaired by {Person()}, and the two sides reviewed progress on {List(3, () => Pick(Issues))}.",
    };

    public string Document(int sentences) =>
        $" date 2024-0{1 + Next(9)}-1{Next(10)}\n" + string.Join(Next(3) == 0 ? "\n\n" : " ", Enumerable.Range(0, sentences).Select(_ => Sentence())) + "\n";

    /// <summary>Small damage of the kind real text has: a dropped or doubled word, a stray comma, dash or bracket, two sentences run together.</summary>
    public string Mutate(string text)
    {
        var words = text.Split(' ').ToList();
        for (var k = 1 + Next(4); k > 0 && words.Count > 2; k--)
        {
            var at = Next(words.Count);
            switch (Next(7))
            {
                case 0: words.RemoveAt(at); break;
                case 1: words.Insert(at, words[Next(words.Count)]); break;
                case 2: words[at] += ","; break;
                case 3: words.Insert(at, Pick(Inserts)); break;
                case 4: words[at] = words[at].TrimEnd('.'); break;
                case 5: words.Insert(at, Titled()); break;
                default: (words[at], words[^1]) = (words[^1], words[at]); break;
            }
        }
        return string.Join(' ', words);
    }
}
