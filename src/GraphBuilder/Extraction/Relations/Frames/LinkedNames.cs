using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// Names a designation sentence gives only as what its designees are tied to: "individuals sanctioned over links to
/// X", "seven X (XS)-affiliated groups", "accused of ties to groups including X", "to cut flows of funds to X". X is
/// the cause or the beneficiary, not a designee; so is a name in the act's purpose clause.
/// </summary>
internal static class LinkedNames
{
    /// <summary>Nouns whose "to"/"with" phrase names what the designees are tied to or whom they serve.</summary>
    private static readonly HashSet<string> TieNouns = new(StringComparer.Ordinal)
    {
        "link", "tie", "connection", "affiliation", "allegiance", "loyalty", "relation", "relationship",
        "fund", "funding", "flow", "support", "financing", "assistance", "aid",
    };

    /// <summary>Verbs, participles and adjectives whose "to"/"with" phrase does the same ("linked to X", "providing support to X").</summary>
    private static readonly HashSet<string> TieWords = new(StringComparer.Ordinal)
    {
        "link", "linked", "affiliate", "affiliated", "tie", "tied", "connect", "connected", "loyal", "ally", "allied", "align", "aligned",
        // the recipient of what the designees gave: "for providing financial support to X"
        "provide", "give", "channel", "funnel", "send", "transfer", "supply",
    };

    /// <summary>What a hyphen after the name joins it to ("X-affiliated groups", "(XS)-linked").</summary>
    private static readonly string[] HyphenTies = ["-affiliated", "-linked", "-aligned", "-allied", "-backed", "-inspired", "-loyal", "-funded", "-sponsored"];

    /// <summary>Whether every word of the sentence that names the entity is only what the designees are tied to.</summary>
    public static bool OnlyLinked(FrameSentence sentence, string key, FrameMatch match)
    {
        // each run of words naming it once: its last word (what a hyphen follows) and its head (what hangs in the parse)
        var words = sentence.Words.Where(w => sentence.MentionOf(w)?.EntityKey == key
            && (w.Id == sentence.Words.Count || sentence.MentionOf(sentence.Words[w.Id])?.EntityKey != key)).ToList();
        return words.Count > 0 && words.All(w => Hyphened(sentence, w) || UnderTie(sentence, HeadOfRun(sentence, w, key), match));
    }

    /// <summary>The word of the name's run the parse hangs the rest on ("al" of "al - Qaeda", "Brotherhood" of "Orvek Brotherhood").</summary>
    private static SyntaxWord HeadOfRun(FrameSentence sentence, SyntaxWord last, string key)
    {
        var head = last;
        for (var i = 0; i < 8 && sentence.Head(head) is { } up && sentence.MentionOf(up)?.EntityKey == key; i++)
            head = up;
        return head;
    }

    /// <summary>"X-affiliated", "X (XS)-affiliated" however the tokeniser cut it: the text after the name, past an acronym in brackets.</summary>
    private static bool Hyphened(FrameSentence sentence, SyntaxWord word)
    {
        var after = string.Concat(sentence.Words.Skip(word.Id).Take(4).Select(w => w.Form));
        if (after.StartsWith('(') && after.IndexOf(')') is var close and > 0)
            after = after[(close + 1)..];
        return HyphenTies.Any(t => after.StartsWith(t, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The name (or the list it ends: "ties to X and Y") is the "to"/"with" phrase of a tie word, or an argument of a
    /// purpose clause on the way up to the trigger. Not a name the trigger describes ("X, which Britain proscribed") and
    /// not one apposed or listed after it ("three men linked to the Z Cartel: A, B and C" are the men).
    /// </summary>
    private static bool UnderTie(FrameSentence sentence, SyntaxWord word, FrameMatch match)
    {
        var ancestors = sentence.Ancestors(match.Trigger).Select(a => a.Id).ToHashSet();
        if (ancestors.Contains(word.Id))
            return false;
        var named = word;
        // "ties to X and Y", "ties to groups including X": up the list to the noun it ends or gives examples of
        for (var i = 0; i < 8 && sentence.Head(named) is { } up; i++)
        {
            // a conjunct set off by a semicolon is the next entry of the outer list, not another tie ("links to C; D, ...")
            if (named.Relation == "conj" && !sentence.Children(named).Any(c => c.Form == ";") || sentence.CaseOf(named) is "including" or "like")
                named = up;
            else if (named.Relation == "obj" && up.Relation == "acl" && sentence.Lemma(up) == "include" && sentence.Head(up) is { } listed)
                named = listed;
            else
                break;
        }
        if (sentence.Head(named) is { } tie && sentence.CaseOf(named) is "to" or "with"
            && (tie.Upos == "NOUN" && TieNouns.Contains(sentence.Lemma(tie)) || tie.Upos is "VERB" or "ADJ" && TieWords.Contains(sentence.Lemma(tie))))
            return true;
        // "added A to its list to cut flows of funds to X": the aim of the act, whom it hits through A
        return sentence.Head(named) is { Upos: "VERB", Relation: "acl" or "advcl" } aim && !ancestors.Contains(aim.Id)
            && sentence.Children(aim, "mark").Any(m => sentence.Lemma(m) == "to");
    }
}
