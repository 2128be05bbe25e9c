using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>An object written after the verb's adverbials, which the parser hangs on them.</summary>
internal static partial class MisparsedFillers
{
    /// <summary>Words that are an adverbial by themselves ("received Monday ...", "received today ...").</summary>
    private static readonly HashSet<string> TimeWords = new(["today", "yesterday", "tonight", .. Weekdays.Names], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "received Monday in Algiers the Foreign Minister of R, A", "received in his office in Riyadh today Ambassador
    /// B": agency readouts translated into English put the object after the adverbials, and the parser, which
    /// rarely saw that order, hangs the object on the last of them (a day read as the object, the name as an apposition
    /// or a modifier of the place). When the verb is followed by adverbials only (case phrases, day words, adverbs)
    /// and then a noun phrase that opens with no case word of its own (a determiner after a case phrase's noun, any
    /// word after a day word or adverb, a name right after a place), the first person named in that phrase, before the
    /// next verb, is the object. Not in the passive, and not where a "with" phrase names the partner. A designation's
    /// object may be a group: "designated Monday as terrorist organizations the armed militias of X and Y".
    /// </summary>
    public static IEnumerable<SyntaxWord> ShiftedObject(FrameSentence sentence, FrameMatch match)
    {
        var verb = match.Predicate;
        var groups = match.Frame.Relation == Graph.Relations.Designated;
        if (verb.Upos != "VERB" || sentence.Children(verb).Any(c => c.Relation is "aux:pass" || sentence.RelationOf(c) == "nsubj:pass")
            || ObjectStart(sentence, verb) is not { } start)
            return [];
        foreach (var w in sentence.Words.Skip(start - 1))
        {
            // a title's own case words are "of", "for", "to", "at" ("Ambassador of R to L"); "a letter from B" names no guest
            if (w.Upos is "VERB" or "AUX" && w.Xpos != "VBG" || w.Upos == "PRON"
                || sentence.MentionOf(w) is null && (sentence.Lemma(w) == "and" && !InPortfolio(sentence, w)
                    || w.Upos == "ADP" && sentence.Lemma(w) is not ("of" or "for" or "to" or "at")))
                return [];
            if (sentence.MentionOf(w) is { } named && (named.Type == NodeType.Person || groups && named.Type == NodeType.Organisation))
                return [NameHead(sentence, w)];
        }
        return [];
    }

    /// <summary>The word of a name its conjuncts hang on: a group's last word ("the Orvane Legion and X"), a person's first.</summary>
    private static SyntaxWord NameHead(FrameSentence sentence, SyntaxWord word)
    {
        var mention = sentence.MentionOf(word);
        while (sentence.Head(word) is { } head && sentence.MentionOf(head) == mention)
            word = head;
        return word;
    }

    /// <summary>
    /// "the Minister of International Relations and Cooperation of R, Dr A": an "and" between two capitalised words of
    /// no name joins a portfolio's words, not two guests.
    /// </summary>
    private static bool InPortfolio(FrameSentence sentence, SyntaxWord and) =>
        and.Id >= 2 && and.Id < sentence.Words.Count && IsPortfolioWord(sentence, sentence.Words[and.Id - 2]) && IsPortfolioWord(sentence, sentence.Words[and.Id]);

    private static bool IsPortfolioWord(FrameSentence sentence, SyntaxWord w) =>
        w.Upos is "NOUN" or "PROPN" or "ADJ" && char.IsUpper(w.Form[0]) && sentence.MentionOf(w) is null;

    /// <summary>A day word the parser read as the verb's object ("received Monday in Algiers ..."): no object at all.</summary>
    public static bool IsTimeWord(SyntaxWord word) => TimeWords.Contains(word.Form);

    /// <summary>Where the shifted object opens: the id of its first word, or null when the verb is not followed by adverbials alone.</summary>
    private static int? ObjectStart(FrameSentence sentence, SyntaxWord verb)
    {
        var inPhrase = false;
        var phraseNoun = false;
        var adverbials = 0;
        foreach (var w in sentence.Words.Skip(verb.Id))
        {
            // "received on Monday in Algiers A": a place is no title, so a name right after one opens a phrase of its own
            if (sentence.MentionOf(w) is { Type: NodeType.Person } person && inPhrase)
                return adverbials > 0 && w.Id >= 2 && sentence.MentionOf(sentence.Words[w.Id - 2]) is { Type: not NodeType.Person } other
                    && other != person ? w.Id : null;
            // a "with" phrase names the partner itself; a comma may open an apposition to the phrase's noun ("by the
            // Chief of Staff, General A"), so it ends nothing
            if (w.Upos == "ADP" && sentence.Lemma(w) == "with")
                return null;
            if (w.Upos == "ADP")
                (inPhrase, phraseNoun, adverbials) = (true, false, adverbials + 1);
            else if (TimeWords.Contains(w.Form) || w.Upos == "ADV")
                (inPhrase, adverbials) = (false, adverbials + 1);
            else if (w.Form == ",")
                continue;
            else if (inPhrase && w.Upos is "NOUN" or "PROPN")
                phraseNoun = true;
            else if (inPhrase && w.Upos == "DET" && phraseNoun || !inPhrase)
                return adverbials > 0 && w.Upos is "DET" or "NOUN" or "PROPN" or "ADJ" ? w.Id : null;
            else if (inPhrase && w.Upos is not ("DET" or "PRON" or "ADJ" or "NUM"))
                return null;
        }
        return null;
    }
}
