using GraphBuilder.Text;
using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// "Chinese state councilor and foreign minister Olan Brekk", "met foreign minister Olan Brekk": wire copy writes titles
/// in lower case before names. The capitalised run holds only the name, so the title before it is read here and given
/// to the name, as a capitalised one is. The title's head must touch the name and be lower case.
/// </summary>
internal sealed class LowerTitles(RoleParser roles)
{
    private const int MaxTitleWords = 8;

    public void Attach(List<Token> tokens, List<RawMention> found)
    {
        for (var n = 0; n < found.Count; n++)
        {
            var m = found[n];
            if (m.Type != NodeType.Person || m.Kind != MentionKind.Named || m.Role is not null || m.First < 1
                || !tokens[m.First - 1].IsWord || tokens[m.First - 1].IsCapitalised)
                continue;
            if (TitleBefore(tokens, m.First) is { } role)
                found[n] = m with { Role = role.Text, Country = role.Country };
        }
    }

    /// <summary>The longest title that ends right before the name, or null.</summary>
    private RoleMatch? TitleBefore(List<Token> tokens, int name)
    {
        for (var s = Math.Max(0, name - MaxTitleWords); s < name; s++)
            if (roles.Parse(tokens, s, name) is { HonorificOnly: false, Text.Length: > 0 } role && role.End == name)
                return role;
        return null;
    }
}
