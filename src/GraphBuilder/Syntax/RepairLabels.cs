namespace GraphBuilder.Syntax;

/// <summary>
/// The tag names and the label indices the repairs after the parse read (ParseRepairs), one table for all of
/// them, built once per model. A label the model does not have is -1, and a repair that needs it leaves the parse
/// as it is.
/// </summary>
internal sealed class RepairLabels
{
    /// <summary>Finite verb forms: a clause with one has a subject unless it is imperative.</summary>
    public static readonly HashSet<string> FiniteXpos = ["VBD", "VBZ", "VBP"];

    public RepairLabels(string[] upos, string[] xpos, IReadOnlyList<string> labels)
    {
        Upos = upos;
        Xpos = xpos;
        var names = labels.ToList();
        (Nsubj, Obj, Obl, OblUnmarked, Nmod, Appos) =
            (names.IndexOf("nsubj"), names.IndexOf("obj"), names.IndexOf("obl"), names.IndexOf("obl:unmarked"), names.IndexOf("nmod"), names.IndexOf("appos"));
        (Conj, Cc, Case, Compound, Flat, Cop) =
            (names.IndexOf("conj"), names.IndexOf("cc"), names.IndexOf("case"), names.IndexOf("compound"), names.IndexOf("flat"), names.IndexOf("cop"));
        (Amod, Xcomp, Advcl, Mark) = (names.IndexOf("amod"), names.IndexOf("xcomp"), names.IndexOf("advcl"), names.IndexOf("mark"));
        (Parataxis, Ccomp, Relcl) = (names.IndexOf("parataxis"), names.IndexOf("ccomp"), names.IndexOf("acl:relcl"));
        (Acl, Nummod, Aux) = (names.IndexOf("acl"), names.IndexOf("nummod"), names.IndexOf("aux"));
        (Dislocated, AuxPass, NsubjPass) = (names.IndexOf("dislocated"), names.IndexOf("aux:pass"), names.IndexOf("nsubj:pass"));
        (Advmod, Goeswith) = (names.IndexOf("advmod"), names.IndexOf("goeswith"));
        Subjects = [.. new[] { "nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl" }.Select(n => names.IndexOf(n)).Where(i => i >= 0)];
    }

    /// <summary>The universal and the treebank tag of each tag index.</summary>
    public string[] Upos { get; }

    public string[] Xpos { get; }

    /// <summary>Every subject label: a verb with one of them has its subject.</summary>
    public HashSet<int> Subjects { get; }

    public int Nsubj { get; }
    public int Obj { get; }
    public int Obl { get; }
    public int OblUnmarked { get; }
    public int Nmod { get; }
    public int Appos { get; }
    public int Conj { get; }
    public int Cc { get; }
    public int Case { get; }
    public int Compound { get; }
    public int Flat { get; }
    public int Cop { get; }
    public int Amod { get; }
    public int Xcomp { get; }
    public int Advcl { get; }
    public int Mark { get; }
    public int Parataxis { get; }
    public int Ccomp { get; }
    public int Relcl { get; }
    public int Acl { get; }
    public int Nummod { get; }
    public int Aux { get; }
    public int Dislocated { get; }
    public int AuxPass { get; }
    public int NsubjPass { get; }
    public int Advmod { get; }
    public int Goeswith { get; }
}
