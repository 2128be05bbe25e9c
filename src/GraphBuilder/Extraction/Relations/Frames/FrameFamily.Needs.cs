using GraphBuilder.Graph;
using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>The conditions a frame's need slots ask of the sentence and the article.</summary>
internal sealed partial class FrameFamily
{
    /// <summary>
    /// A need slot is filled; "@designated" needs a designation earlier in the article ("The Council first listed X in
    /// 2001"), "@meeting" a meeting spoken of in the sentence or the next, "@cochairafter" a "co-chair" verb later in the
    /// sentence, "@designationlist" a list phrase of designations, "@listingbody" a sanctions committee that lists,
    /// "@alsodesignated" an "also" after a designation.
    /// </summary>
    private static bool Needed(FrameSentence sentence, MaskedSentence masked, FrameMatch match, Discourse discourse) =>
        FrameMatcher.AnyFilled(sentence, match, match.Frame.Need)
        || match.Frame.Need.Any(s => s.Special == "designated") && discourse.LastDesignator is not null
        || match.Frame.Need.Any(s => s.Special == "meeting") && MeetingMentions.Of(sentence, masked)
        || match.Frame.Need.Any(s => s.Special == "cochairafter") && sentence.Words.Any(w => w.Id > match.Trigger.Id && sentence.Lemma(w) == "co-chair")
        || match.Frame.Need.Any(s => s.Special == "quotedopen") && OpensQuote(sentence, match.Trigger)
        || match.Frame.Need.FirstOrDefault(s => s.Special == "listed") is { } listed && DescribedSubjects.Holds(sentence, match, listed)
        || match.Frame.Need.FirstOrDefault(s => s.Special == "designationlist") is { } list && DesignationLists.Holds(sentence, match, list)
        || match.Frame.Need.Any(s => s.Special == "listingbody") && DesignationLists.ByListingBody(sentence, match)
        || match.Frame.Need.Any(s => s.Special == "onlist") && DesignationLists.OnDesignationList(sentence, match)
        || match.Frame.Need.Any(s => s.Special == "alsodesignated") && discourse.LastDesignator is not null
            && sentence.Children(match.Trigger, "advmod").Any(a => sentence.Lemma(a) == "also");

    /// <summary>"\"Met FM B on the sidelines of ...,\" he said": a past verb with no subject opening a quotation, the speaker's own diary.</summary>
    private static bool OpensQuote(FrameSentence sentence, Syntax.SyntaxWord trigger) =>
        trigger.Id == 2 && sentence.Words[0].Form is "\"" or "\u201c" or "``" && trigger.Xpos == "VBD"
        && !sentence.Children(trigger).Any(c => c.Relation.StartsWith("nsubj", StringComparison.Ordinal));

    /// <summary>
    /// "The group's leader is A" after the group's ban: one person a possessor owns, named by "be", is described, not
    /// listed ("The leaders designated are A and B" lists).
    /// </summary>
    private static bool DescribesOwnedOne(FrameSentence sentence, FrameMatch match) =>
        match.Frame.Target.Any(t => t.Special == "after") && sentence.Lemma(match.Trigger) == "be"
        && match.Anchors.Append(match.Predicate).SelectMany(a => sentence.Children(a, "nsubj"))
            .Any(s => s.Xpos == "NN" && sentence.MentionOf(s) is null && sentence.Children(s, "nmod:poss").Any());
}
