using GraphBuilder.Extraction;

namespace GraphBuilder.Syntax;

/// <summary>
/// Gives the annotated sentences of a document their dependency parse, so the relation stage can read
/// subjects, objects and prepositional arguments from it. Parsing every sentence costs several times the
/// rest of the pipeline, so only sentences that can hold a relation are parsed: a relation word
/// (Lexicons/parse-triggers.txt) and two mentions or more, or one mention and a word that stands for someone
/// named before, a pronoun or a title ("He met Mara Quint"). The others keep a null Parse. The entity stage
/// hands over-long sentences as windows (SentenceWindows: a list of eighty titled names is parsed a window at a
/// time), since the parse of a sentence is one step the document budget cannot interrupt, so its length must be
/// bounded.
/// </summary>
public static class SyntaxStage
{
    /// <summary>A window's length (about 350 words, four times the longest sentence of the seed, dev and real articles).</summary>
    public const int MaxParsedLength = SentenceWindows.Size;

    /// <summary>
    /// Words that stand for someone named before: pronouns, "both"/"two" of "the two ministers" (the last pair),
    /// one-word titles ("the Minister also met B") and the other heads of a description ("the Argentine leader").
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReferringWords =
        new HashSet<string>(["he", "she", "they", "it", "we", "his", "her", "their", "its", "him", "them", "both", "two",
            // "The group was designated ... by the State Department": the last group named (FillerResolver)
            "group", "organisation", "organization", "movement", "outfit", "faction", "militia",
            // "The United States sanctioned four men": a count whose people a later sentence names (the act notes its designator)
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            .. Lexicon.Lines("titles").Where(t => !t.Contains(' ')), .. Extraction.Relations.Frames.DescriptionResolver.PersonHeads],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The triggers by the upper case of their first letter (OrdinalIgnoreCase compares upper cases), so a word is tried against a few.</summary>
    private static readonly Dictionary<char, string[]> Triggers = Lexicon.Lines("parse-triggers")
        .GroupBy(t => char.ToUpperInvariant(t[0])).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>Parses the sentences that need it; the sentence a dateline opens is parsed from storyStart, after its dash.</summary>
    public static IReadOnlyList<AnnotatedSentence> AddParses(ISentenceParser? parser, string text, IReadOnlyList<AnnotatedSentence> sentences, int storyStart = -1)
    {
        if (parser is null)
            return sentences;
        var parsed = new AnnotatedSentence[sentences.Count];
        for (var i = 0; i < parsed.Length; i++)
        {
            DocumentBudget.Check();
            var s = sentences[i];
            parsed[i] = NeedsParse(s) ? s with { Parse = parser.Parse(text, ParseStart(s.Sentence, storyStart), s.Sentence.End, PeopleOf(s)) } : s;
        }
        return parsed;
    }

    /// <summary>
    /// Where the sentence names people, less shift (for a parse of the sentence's own text): the last word of each
    /// person's mention, their family name, which the tagger then reads as a name (NameTags). Not the whole mention:
    /// its title words ("Outgoing Japanese Ambassador A") are the tagger's to read.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> PeopleOf(AnnotatedSentence sentence, int shift = 0) =>
        [.. sentence.Mentions.Where(m => m.Type == Graph.NodeType.Person).Select(m => (LastWordStart(sentence.Sentence, m) - shift, m.End - shift))];

    private static int LastWordStart(Sentence sentence, Mention m)
    {
        var from = Math.Clamp(m.Start - sentence.Start, 0, sentence.Text.Length);
        var to = Math.Clamp(m.End - sentence.Start, from, sentence.Text.Length);
        return sentence.Start + from + sentence.Text.AsSpan(from, to - from).TrimEnd().LastIndexOf(' ') + 1;
    }

    /// <summary>Where a sentence's parse starts: after the dateline's dash (storyStart) in the sentence a dateline opens.</summary>
    public static int ParseStart(Sentence sentence, int storyStart) =>
        sentence.Start < storyStart && storyStart < sentence.End ? storyStart : sentence.Start;

    public static bool NeedsParse(AnnotatedSentence sentence) =>
        sentence.Sentence.Text.Length <= MaxParsedLength
        && (sentence.Mentions.Count >= 2 || (sentence.Mentions.Count == 1 && HasWord(sentence.Sentence.Text, RefersBack))
            || (sentence.Mentions.Count == 0 && HasWord(sentence.Sentence.Text, RefersToPair)))
        && HasWord(sentence.Sentence.Text, IsTrigger);

    private static bool RefersBack(ReadOnlySpan<char> word) => ReferringWords.Contains(word) || IsCount(word);

    /// <summary>"Canada has designated 13 groups": a count in digits, as one in words, stands for the people or groups a
    /// later sentence names ("They include A"); 2 to 999, not a year.</summary>
    private static bool IsCount(ReadOnlySpan<char> word) =>
        word.Length is >= 1 and <= 3 && !word.ContainsAnyExceptInRange('0', '9') && !(word.Length == 1 && word[0] is '0' or '1');

    /// <summary>"The two ministers met for two hours": a sentence that names no one can still name the last pair.</summary>
    private static bool RefersToPair(ReadOnlySpan<char> word) =>
        word.Equals("two", StringComparison.OrdinalIgnoreCase) || word.Equals("both", StringComparison.OrdinalIgnoreCase)
        || word.Equals("their", StringComparison.OrdinalIgnoreCase);

    /// <summary>A trigger word, or a hyphened word ending in one ("UK-proscribed", "EU-blacklisted": a designator joined to its participle).</summary>
    private static bool IsTrigger(ReadOnlySpan<char> word) =>
        IsTriggerWord(word) || word.LastIndexOf('-') is var dash and > 0 && dash < word.Length - 1 && IsTriggerWord(word[(dash + 1)..]);

    private static bool IsTriggerWord(ReadOnlySpan<char> word)
    {
        if (!Triggers.TryGetValue(char.ToUpperInvariant(word[0]), out var triggers))
            return false;
        foreach (var trigger in triggers)
        {
            var matches = trigger[^1] == '*'
                ? word.StartsWith(trigger.AsSpan(0, trigger.Length - 1), StringComparison.OrdinalIgnoreCase)
                : word.Equals(trigger, StringComparison.OrdinalIgnoreCase);
            if (matches)
                return true;
        }
        return false;
    }

    private delegate bool WordTest(ReadOnlySpan<char> word);

    /// <summary>Whether a word of the text (letters and hyphens) passes the test.</summary>
    private static bool HasWord(string text, WordTest test)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '-' && start >= 0));
            if (letter && start < 0)
                start = i;
            else if (!letter && start >= 0)
            {
                if (test(text.AsSpan(start, i - start)))
                    return true;
                start = -1;
            }
        }
        return false;
    }
}
