using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>Where a meeting took place, and the "as" attribute and appointment test of a designation.</summary>
internal sealed partial class FrameFamily
{
    /// <summary>
    /// Where a meeting took place: the people who met visited the place it names ("met in Rabat") and
    /// attended the session it names ("on the sidelines of the E"), read from the verb's adverbials.
    /// </summary>
    private static IEnumerable<Found> Setting(FrameSentence sentence, FrameMatch match, IReadOnlyList<string> people, int at, string status)
    {
        // "The meeting between A and B took place (was held) on the sidelines of the E": the adverbials of the verb the meeting noun is the subject of
        var anchors = HeldVerb(sentence, match.Trigger) is { } verb ? [.. match.Anchors, verb] : match.Anchors;
        var near = anchors.SelectMany(sentence.Children).Where(c => c.Relation.StartsWith("obl", StringComparison.Ordinal) || c.Relation == "nmod").ToList();
        var layer = near;
        for (var depth = 0; depth < 3 && layer.Count > 0; depth++)
        {
            // "on the sidelines of the meetings of the E": the session hangs a few "of" phrases down
            layer = layer.SelectMany(c => sentence.Children(c, "nmod")).ToList();
            near.AddRange(layer);
        }
        // "in the Ruritanian capital Lima": the place is named beside the noun that takes the case word
        var settings = near.Select(w => (Word: w, Mention: sentence.MentionOf(w) ?? Named(sentence, w))).Where(x => x.Mention is not null).ToList();
        foreach (var person in people)
            foreach (var (word, mention) in settings)
            {
                if (mention!.Type == NodeType.Place && sentence.CaseOf(word) == "in")
                    yield return new Found(person, Graph.Relations.Visited, mention.EntityKey, at, status);
                else if (mention.Type == NodeType.Event)
                    yield return new Found(person, Graph.Relations.Attended, mention.EntityKey, at, status);
            }
    }

    private static Mention? Named(FrameSentence sentence, SyntaxWord noun) =>
        sentence.Children(noun).Where(c => c.Relation is "appos" or "flat" or "compound" && c.Id > noun.Id)
            .Select(sentence.MentionOf).FirstOrDefault(m => m is { Type: NodeType.Place });

    /// <summary>"designated A as its new spokesman": an office named by the "as" phrase makes it an appointment.</summary>
    private static bool AppointedAs(FrameSentence sentence, FrameMatch match) =>
        match.Frame.As.Select(s => FrameMatcher.Fill(sentence, match, s)).FirstOrDefault(w => w.Count > 0)?[0] is { } word
        && Entities.EntityLexicons.Instance.Titles.Contains(sentence.Lemma(word));

    /// <summary>
    /// "with his counterpart, foreign minister designated A": a bare title right before "designated" in the text (no
    /// determiner before it; read from the text, as a parse read again with names blanked loses it) and no "as" after it
    /// name a minister-designate (the Portuguese and Spanish "designado"), no act.
    /// </summary>
    private static bool TitleDesignate(FrameSentence sentence, FrameMatch match)
    {
        if (match.Trigger.Form != "designated")
            return false;
        var text = sentence.Source.Sentence.Text;
        var before = text[..Math.Clamp(match.Trigger.Start - sentence.Source.Sentence.Start, 0, text.Length)]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return before.Length >= 1 && Entities.EntityLexicons.Instance.Titles.Contains(before[^1])
            && (before.Length < 2 || !BareTitleBlockers.Contains(before[^2]))
            && !sentence.Children(match.Trigger).Any(c => c.Relation == "xcomp" && sentence.MentionOf(c) is null || sentence.CaseOf(c) == "as");
    }

    private static readonly HashSet<string> BareTitleBlockers = new(StringComparer.OrdinalIgnoreCase)
        { "the", "a", "an", "its", "his", "her", "their", "our", "this", "that" };

    /// <summary>The "as" attribute: a fixed text, or the words of the slot ("as a Foreign Terrorist Organization").</summary>
    private static IReadOnlyDictionary<string, string>? As(FrameSentence sentence, FrameMatch match)
    {
        if (match.Frame.FixedAs is { } fixedAs)
            return new Dictionary<string, string> { ["as"] = fixedAs };
        var word = match.Frame.As.Select(s => FrameMatcher.Fill(sentence, match, s)).FirstOrDefault(w => w.Count > 0)?[0];
        if (word is null)
            return null;
        var words = sentence.Subtree(word).Where(w => w.Id <= word.Id && w.Relation is not ("case" or "det" or "punct"));
        var text = Designations.Normalise(sentence.TextOf(words));
        return text.Length > 0 ? new Dictionary<string, string> { ["as"] = text } : null;
    }

    /// <summary>
    /// "The decision was announced a month after R designated X": an act in a clause of time ("after", "before",
    /// "since") dates another; the next sentences' acts ("The decree also designated Y") continue the main one. The
    /// parser may read the conjunction as the subject's preposition and the clause as a conjunct.
    /// </summary>
    private static bool IsBackground(FrameSentence sentence, FrameMatch match) =>
        sentence.Children(match.Predicate).Any(c => c.Relation == "mark" && sentence.Lemma(c) is "after" or "before" or "since"
            || c.Relation == "nsubj" && sentence.CaseOf(c) is "after" or "before" or "since");

    /// <summary>
    /// "The Treasury sanctioned four men. Those sanctioned include A": an act whose targets are only counted still makes
    /// its body the designator the continuation refers to; so does a state's sanctions noun in a sentence that counts
    /// people ("the imposition of new sanctions, including the freezing of assets of three leaders").
    /// </summary>
    private static void NoteCountedAct(FrameSentence sentence, FrameMatch match, Discourse discourse, IReadOnlyList<string> sources)
    {
        var frame = match.Frame;
        // "A notification signed by B said": the maker of an order counts no act of its own
        if (sources.Count == 0 || frame.Relation != Graph.Relations.Designated || frame.Target.All(t => t.Special == "unattributed")
            || !(frame.VerbOnly || frame.Supported || frame.NounOnly && ListedNames.CountsPeople(sentence) && sources.All(s => Designators.IsState(s, discourse))))
            return;
        if (!frame.NounOnly)
            discourse.DropNounActors();
        // every subject of a joint act designated; the first stays the last designator, as with one
        foreach (var source in sources.Reverse())
            discourse.NoteDesignator(source);
        discourse.NotedByNoun = frame.NounOnly;
        discourse.EntriesExpected = ListedNames.CountedPeople(sentence, match);
        discourse.BodiesExpected = ListedNames.CountedBodies(sentence, match);
    }

    /// <summary>
    /// "The X Front has been declared an unlawful organisation": an act done, its designees named and its designator
    /// not, leaves them for the sentence that names who made it ("The declaration was made by B").
    /// </summary>
    private static void NoteUnattributed(Discourse discourse, Roles roles, FrameMatch match, string status)
    {
        if (match.Frame.Relation != Graph.Relations.Designated || status != EdgeStatus.Happened || match.Frame.Backoff)
            return;
        if (roles.Keys(match.Frame.Target, RoleTypes.Target(match.Frame.Relation), []) is { Count: > 0 } designees)
            discourse.NoteUnattributed(designees);
    }
}
