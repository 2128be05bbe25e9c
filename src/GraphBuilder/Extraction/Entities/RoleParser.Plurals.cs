using GraphBuilder.Text;

namespace GraphBuilder.Extraction.Entities;

/// <summary>Plural titles: a role before names ("Foreign Ministers A and B"), none before a body's or a session's name.</summary>
internal sealed partial class RoleParser
{
    /// <summary>
    /// A plural title is a role only before names ("Foreign Ministers A and B"); "the Council of Foreign Ministers of
    /// the OIC" names a body or a session.
    /// </summary>
    private static bool IsPlural(Token title) => PluralTitles.Contains(title.Text);

    private bool NameAt(List<Token> tokens, int at, int limit) =>
        at < limit && tokens[at].IsWord && tokens[at].IsCapitalised && !SessionAfter(tokens, at, limit);

    /// <summary>"Senior Officials Meeting", "Foreign Ministers' Meeting": a session's name after a plural title; the title names no one.</summary>
    private bool SessionAfter(List<Token> tokens, int at, int limit)
    {
        if (at < limit && tokens[at].Text is "'" or "\u2019")
            at++;
        return at < limit && lexicons.EventNames.Longest(tokens, at, limit).Length > 0;
    }

    private static readonly HashSet<string> PluralTitles = new(StringComparer.Ordinal)
    {
        "Ministers", "Presidents", "Secretaries", "Ambassadors", "Commissioners", "Chancellors", "Premiers", "Chiefs", "Envoys",
        "Officials", "Leaders", "Directors", "Governors", "Mayors", "Deputies", "Advisers", "Advisors",
    };
}
