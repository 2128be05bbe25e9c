using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>Whom a meeting or a session is listed with after its trigger ("@including", "@between", "@roster"); a designation's members ("@members").</summary>
internal sealed partial class Roles
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "with", "the", "those", "leaders", "among" };

    /// <summary>
    /// "held a series of bilateral meetings on the sidelines of X, including with Chancellor A, Prime Minister B and C",
    /// "interacted with a number of heads of state, including A, B and the Prime Minister of R, C": the parser hangs
    /// the list anywhere (on the sidelines' event, under "including" read as a verb), so the people named after the
    /// first "including" past the trigger, up to the end of its clause, are the ones met. Only a list that opens with a
    /// capitalised word (after "with", "the"): "talks on issues including the visit of President C" lists topics; and
    /// only when no one is named between the trigger and the list ("met A and B, including C" has its object).
    /// </summary>
    private IReadOnlyList<string> Including(IReadOnlySet<NodeType> types)
    {
        var including = sentence.Words.FirstOrDefault(w => w.Start >= match.Trigger.End && w.Form.Equals("including", StringComparison.OrdinalIgnoreCase));
        if (including is null || sentence.Source.Mentions.Any(m => m.Type == NodeType.Person && m.Start >= match.Trigger.End && m.End <= including.Start))
            return [];
        var listed = ClauseAfter(including);
        var first = listed.FirstOrDefault(w => !Skipped.Contains(w.Form));
        if (first is null || !char.IsUpper(first.Form[0]))
            return [];
        return Listed(listed, types).Where(k => discourse.Entity(k)?.Type == NodeType.Person).ToList();
    }

    /// <summary>
    /// "designated 85 groups as terrorist organisations, including major groups such as A, B and C", "A total of 15
    /// leaders were designated for sanctioning including, A, the head of X's office, and B": an object that only counts
    /// or describes its targets, with members listed after "including" or "such as" past the trigger: each person or
    /// group named from there to the end of the clause (not a possessor nor whose group a person belongs to).
    /// </summary>
    private IReadOnlyList<string> Members(IReadOnlySet<NodeType> types)
    {
        var opener = sentence.Words.FirstOrDefault(w => w.Start >= match.Trigger.End
            && (w.Form.Equals("including", StringComparison.OrdinalIgnoreCase) || w.Form == "such" && w.Id < sentence.Words.Count && sentence.Words[w.Id].Form == "as"));
        return opener is null ? [] : Listed(ClauseAfter(opener), types).Where(k => !IsStateBody(k)).ToList();
    }

    /// <summary>
    /// "the first meeting between A and the newly-elected US President B" parsed with "and the" a flat word: two or more
    /// people named after a "between" right after the trigger, to the end of its clause, are the ones who met.
    /// </summary>
    private IReadOnlyList<string> Between(IReadOnlySet<NodeType> types)
    {
        if (match.Trigger.Id >= sentence.Words.Count || sentence.Lemma(sentence.Words[match.Trigger.Id]) != "between")
            return [];
        var people = Listed(ClauseAfter(sentence.Words[match.Trigger.Id]), types).Where(k => discourse.Entity(k)?.Type == NodeType.Person).ToList();
        return people.Count >= 2 ? people : [];
    }

    /// <summary>The words after <paramref name="word"/> up to the end of its clause (a finite verb, a semicolon, a colon, the stop).</summary>
    private List<SyntaxWord> ClauseAfter(SyntaxWord word) =>
        sentence.Words.Skip(word.Id).TakeWhile(w => w.Form is not (";" or "." or ":") && w.Xpos is not ("VBD" or "VBZ" or "VBP") && w.Upos != "AUX").ToList();

    private static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase) { "are", "were", "was", "is" };

    /// <summary>
    /// "The other Heads of State who attended the Summit are the President of R A; the President of S B; ..." and "In
    /// attendance were Mr A, High Commissioner to R; Ms B, ...": a roster the parser breaks at every semicolon. When
    /// the trigger's subject is a relative pronoun, or the trigger is "attendance" after "In", the people named after
    /// the copula that follows it, to the end of the sentence, are the ones who attended.
    /// </summary>
    private IReadOnlyList<string> Roster(IReadOnlySet<NodeType> types)
    {
        var relative = sentence.Children(match.Trigger, "nsubj").Any(c => sentence.Lemma(c) is "who" or "that");
        var inAttendance = match.Trigger.Id >= 2 && sentence.Lemma(match.Trigger) == "attendance" && sentence.Lemma(sentence.Words[match.Trigger.Id - 2]) == "in";
        var copula = sentence.Words.Skip(match.Trigger.Id).FirstOrDefault(w => Copulas.Contains(w.Form));
        if (!(relative || inAttendance) || copula is null || relative && sentence.Words.Skip(match.Trigger.Id).TakeWhile(w => w != copula).Any(w => w.Form is "," or ";"))
            return [];
        return Listed(sentence.Words.Skip(copula.Id), types).Where(k => discourse.Entity(k)?.Type == NodeType.Person).ToList();
    }
}
