namespace GraphBuilder.Syntax;

/// <summary>
/// "The Treasury on Tuesday imposed sanctions on X": after "on" and a weekday the tagger reads a past form as an
/// adjective ("imposed sanctions" as a noun phrase), and the parse then has no verb at all. Wire copy puts the day
/// between subject and verb in nearly every lead. A word in -ed tagged as an adjective right after "on" and a
/// weekday, with a word before them (the subject's last), is the clause's past-tense verb. Runs on the tags,
/// before the parse, since the parser reads them.
/// </summary>
internal sealed class DayVerbTagRepair(IReadOnlyList<string> tags)
{
    private readonly int _adjective = tags.ToList().IndexOf("ADJ|JJ");
    private readonly int _pastVerb = tags.ToList().IndexOf("VERB|VBD");

    public void Apply(IReadOnlyList<string> forms, int[] tags)
    {
        if (_adjective < 0 || _pastVerb < 0)
            return;
        for (var i = 3; i < forms.Count; i++)
            if (tags[i] == _adjective && forms[i].EndsWith("ed", StringComparison.Ordinal) && Weekdays.Contains(forms[i - 1])
                && forms[i - 2].Equals("on", StringComparison.OrdinalIgnoreCase))
                tags[i] = _pastVerb;
    }
}
