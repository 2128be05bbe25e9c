namespace GraphBuilder.Syntax;

/// <summary>
/// A day between a verb and its object: "received on Saturday Zambian Foreign Minister A" read by the greedy parser
/// as one phrase, "Saturday" (and "Zambian" under it) a compound of the name and "on" the name's case word, so the
/// verb has no object. A weekday or month that is a compound of a name in a verb's case phrase, with that phrase's
/// case word before it, heads the case phrase itself; the name becomes the verb's object (an oblique when the verb
/// has one), and the words the day took after it go back to the name. Agency readouts translated into English write
/// "received on Sunday the Foreign Minister of R" often.
/// </summary>
internal static class DayPhraseRepair
{
    private static readonly HashSet<string> Days = new(
        [.. Weekdays.Names, "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        StringComparer.Ordinal);

    public static void Apply(int[] heads, int[] labels, IReadOnlyList<string> forms, IReadOnlyList<int> tags, RepairLabels l)
    {
        if (l.Compound < 0 || l.Case < 0 || l.Obl < 0 || l.Obj < 0)
            return;
        for (var day = 2; day < heads.Length; day++)
        {
            var name = heads[day];
            if (labels[day] != l.Compound || name <= day || !Days.Contains(forms[day - 1]) || l.Upos[tags[name - 1]] != "PROPN"
                || labels[name] != l.Obl || heads[name] is not (> 0 and var verb) || l.Upos[tags[verb - 1]] != "VERB"
                || CaseBefore(heads, labels, l, name, day) is not (> 0 and var caseWord))
                continue;
            for (var w = day + 1; w < name; w++)
                if (heads[w] == day && (labels[w] == l.Flat || labels[w] == l.Compound))
                    (heads[w], labels[w]) = (name, l.Compound);
            heads[caseWord] = day;
            (heads[day], labels[day]) = (verb, l.Obl);
            labels[name] = HeadArrays.HasChild(heads, labels, verb, l.Obj) ? l.Obl : l.Obj;
        }
    }

    private static int CaseBefore(int[] heads, int[] labels, RepairLabels l, int name, int day)
    {
        for (var c = day - 1; c > 0 && c >= day - 2; c--)
            if (heads[c] == name && labels[c] == l.Case)
                return c;
        return 0;
    }
}
