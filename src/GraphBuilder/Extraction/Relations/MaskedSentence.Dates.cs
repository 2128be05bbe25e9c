using System.Text.RegularExpressions;
using GraphBuilder.Text;
using GraphBuilder.Extraction.Dates;

namespace GraphBuilder.Extraction.Relations;

/// <summary>The date nearest a relation's trigger, outside appositions and relative clauses, found once per sentence.</summary>
internal sealed partial class MaskedSentence
{
    private string? _dateText;
    private IReadOnlyList<DateMention>?[]? _dates;
    private bool? _mayHoldDate;

    /// <summary>
    /// Text with appositions and relative clauses (", a faction that split in 2021,") blanked out, same length:
    /// a date inside one belongs to the thing described, not to the sentence's relation - unless the relation's
    /// trigger at [at] stands inside it ("the group, which the Department designated last month,").
    /// </summary>
    public string DateTextFor(int at)
    {
        _dateText ??= Apposition.Replace(Text, m => new string(' ', m.Length));
        return _dateText[at] == ' ' && Text[at] != ' ' ? Text : _dateText;
    }

    /// <summary>
    /// The resolved date nearest to the trigger at [at] (see DateTextFor). The date mentions of each text
    /// variant and tense are found once per sentence: a sentence stating several relations asks for each.
    /// </summary>
    public string? NearestDate(int at, DateOnly? documentDate, bool future)
    {
        if (!MayHoldDate())
            return null;
        var text = DateTextFor(at);
        var key = (ReferenceEquals(text, Text) ? 0 : 2) + (future ? 1 : 0);
        _dates ??= new IReadOnlyList<DateMention>?[4];
        var found = _dates[key] ??= DateResolver.Find(text, documentDate, future);
        return DateResolver.Nearest(text, found, at);
    }

    /// <summary>
    /// Whether the words between the tokens hold a date cue: the digits of the tokens themselves ("⟦P0⟧")
    /// would pass every sentence naming anything on to the date regex, which cannot match inside a token.
    /// </summary>
    private bool MayHoldDate()
    {
        _mayHoldDate ??= WordsMayHoldDate();
        return _mayHoldDate.Value;
    }

    private bool WordsMayHoldDate()
    {
        var from = 0;
        foreach (var (at, length) in _tokens)
        {
            if (DateResolver.MayHoldDate(Text.AsSpan(from, at - from)))
                return true;
            from = at + length;
        }
        return DateResolver.MayHoldDate(Text.AsSpan(from));
    }

    private static readonly Regex Apposition = Patterns.Create(@",\s+(?:a|an|which|who|whose|where)\b[^,;]*,");
}
