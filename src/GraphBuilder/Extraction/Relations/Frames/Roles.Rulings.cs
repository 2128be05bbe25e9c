using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>A court's (or a body's) finding told as a clause: "The Supreme Court ruled that X is extremist".</summary>
internal sealed partial class Roles
{
    /// <summary>Verbs whose clause states a finding that outlaws its subject, not a view of it ("said that X is extremist").</summary>
    private static readonly HashSet<string> RulingVerbs = new(StringComparer.Ordinal) { "rule", "find", "declare", "recognise", "recognize", "deem" };

    /// <summary>
    /// "The Supreme Court ruled that X is extremist and banned its activity": the subject of the ruling verb whose
    /// clause the copular predicate is; nobody for a verb of saying ("the minister said that X is extremist").
    /// </summary>
    private IEnumerable<SyntaxWord> RulingSubjects()
    {
        var predicate = match.Predicate;
        if (predicate.Relation != "ccomp" || sentence.Head(predicate) is not { } verb || !RulingVerbs.Contains(sentence.Lemma(verb)))
            return [];
        return sentence.Children(verb, "nsubj");
    }
}
