using GraphBuilder.Syntax;

namespace GraphBuilder.Extraction.Relations.Frames;

/// <summary>
/// A listing said inside a quotation ends with it: in '"Today's sanctions are the latest step," Prime Minister B was
/// quoted as saying' the names after the closing mark are who spoke, not who was listed.
/// </summary>
internal sealed partial class Roles
{
    /// <summary>Where the quotation the trigger stands in closes (the sentence's end when it stands in none).</summary>
    private int QuotationEnd()
    {
        var opened = sentence.Words.Count(w => w.End <= match.Trigger.Start && IsQuoteMark(w.Form)) % 2 == 1;
        return opened && sentence.Words.FirstOrDefault(w => w.Start >= match.Trigger.End && IsQuoteMark(w.Form)) is { } close
            ? close.Start : int.MaxValue;
    }

    private static bool IsQuoteMark(string form) => form is "\"" or "\u201C" or "\u201D" or "``" or "''";
}
