using System.Text.RegularExpressions;
using GraphBuilder.Text;
using GraphBuilder.Graph;
using static GraphBuilder.Extraction.Relations.Fragments;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// member_of, person -> organisation or country, read from titles: "Pakistan's Interior Minister X",
/// "US Ambassador X", "X, deputy for operations at the Agency", "X, the US envoy", "X of the Navy".
/// A title word (or a role the entity stage saw) must stand between the two, except in "X and its chief
/// financier Y", where the possessive itself makes Y's post one in X.
/// </summary>
internal sealed class MembershipPatterns : IPatternFamily
{
    /// <summary>The posts of an armed group or a movement, beside the offices of TitleHead: "Hamas leader A".</summary>
    private const string GroupPost = "(?:leader|co-founder|founder|head|member|operative|financier|ideologue|emir)";

    private const string TitleWord = @"(?:[A-Z][\w'-]*|of|for|the|to|and|" + TitleHead + "|" + GroupPost + @"|at-large|d'affaires)";

    private static readonly Gated Before = new(@"(?<org>⟦[CO]\d+⟧)(?:'s)?\s+(?<title>(?:(?:" + TitleWord + @"|⟦[OCL]\d+⟧)[\s,]+){0,8}?)(?<p>" + Person + ")", "⟦P");

    /// <summary>A title's words up to its "of" phrase; a relative clause ("a commander who was added to the U.S. list") is no title.</summary>
    private const string TitleText = @"(?:(?!\b(?:who|whom|which|that|was|were|is|are|has|had|been)\b)[^;,⟦]){0,60}?";

    /// <summary>Gated on what each match holds besides the person: "⟧," after the person here and in Apposed, "of" in Of.</summary>
    private static readonly Gated After = new(@"(?<p>" + Person + @"),\s+(?:the\s+|a\s+|an\s+)?(?<title>" + TitleText + @")\b(?:of|at|for|in|from|to|with)\s+(?:the\s+)?(?<org>⟦[CO]\d+⟧(?:'s\s+⟦O\d+⟧)?)", "⟧,");

    private static readonly Gated Apposed = new(@"(?<p>" + Person + @"),\s+(?:the\s+)?(?<org>⟦[CO]\d+⟧(?:'s)?(?:\s+⟦O\d+⟧)?)(?:'s)?\s+(?<title>[\w' -]{0,40})", "⟧,");

    private static readonly Gated Its = new(@"(?<org>⟦O\d+⟧)\s+and\s+its\s+(?:[a-z][\w-]*\s+){1,3}(?<p>" + Person + ")", "its");

    /// <summary>"A is a senior commander of X", "A was the deputy head of the Agency": a title stated of A.</summary>
    private static readonly Gated Copula = new(@"(?<p>" + Person + @")\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+)?(?:a|an|the)\s+(?<title>[^;,⟦]{0,60}?)\b(?:of|at|for|in)\s+(?:the\s+)?(?<org>⟦[CO]\d+⟧)", " is ", " was ", " been ");

    private static readonly Gated Of = new(@"(?<p>" + Person + @")\s+of\s+(?:the\s+)?(?<org>⟦[CO]\d+⟧)", "of");

    /// <summary>"A, on a visit to Chile", "A, who is visiting Chile": a phrase opening with a preposition or a relative pronoun says where A is or what A does, not A's post.</summary>
    private static readonly Regex StartsWithPreposition = Patterns.Create(@"^(?:on|in|at|during|after|before|from|to|with|by|amid|who|which|whose|that)\s", RegexOptions.CultureInvariant);

    private static readonly Regex HasTitle = Patterns.Create(@"\b(?:" + TitleHead + "|" + GroupPost + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public IEnumerable<Found> Find(MaskedSentence sentence, Discourse discourse)
    {
        var found = new List<Found>();
        // Every membership pattern names a person and a body or country.
        if (!sentence.HasToken('P') || !(sentence.HasToken('C') || sentence.HasToken('O')))
            return found;
        foreach (var regex in new[] { Before, After, Apposed, Copula, Of, Its })
            foreach (Match m in regex.Matches(sentence.Text))
                Add(found, sentence, m);
        return found;
    }

    /// <summary>"the US diplomat, X stated": a lower-case title then a comma ends a phrase, it does not name X's post.</summary>
    private static bool IsLowerCaseTitleBeforeComma(string title)
    {
        var trimmed = title.TrimEnd();
        if (!trimmed.EndsWith(','))
            return false;
        var words = trimmed.TrimEnd(',').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && char.IsLower(words[^1][0]);
    }

    /// <summary>
    /// "The delegation, which included Secretary A, held meetings with Kazakh officials": a finite verb right after the
    /// person's comma starts a clause, which names no post of A's (the parse tells, where the sentence has one).
    /// </summary>
    private static bool VerbAfter(MaskedSentence sentence, Mention person) =>
        sentence.Source.Parse?.Words.FirstOrDefault(w => w.Start >= person.End && w.Upos != "PUNCT") is { Upos: "VERB", Xpos: "VBD" or "VBZ" or "VBP" };

    /// <summary>"met A and later B, the State Department said": a body followed by a verb of saying is the sentence's source, not B's post.</summary>
    private static bool IsAttribution(string title) =>
        SpeechVerbs.Contains(title.Split(' ', 2)[0].TrimEnd('.', ',', ';'));

    /// <summary>
    /// "President A of Guinea and Prime Minister B of Senegal": a title run that opens with "and" starts the next
    /// conjunct of a list; the country before it is the previous person's, not B's.
    /// </summary>
    private static bool OpensNextConjunct(string title) => title.StartsWith("and ", StringComparison.Ordinal);

    /// <summary>"X's spokesman, A, said": a possessed title closed by commas on both sides of the name is A's post.</summary>
    private static bool IsOwnedApposition(string text, Match m)
    {
        var org = m.Groups["org"];
        var person = m.Groups["p"];
        return org.Success && text.AsSpan(org.Index + org.Length).StartsWith("'s ", StringComparison.Ordinal)
            && text.AsSpan(person.Index + person.Length).StartsWith(",", StringComparison.Ordinal);
    }

    private static void Add(List<Found> found, MaskedSentence sentence, Match m)
    {
        var person = sentence.MentionsIn(m.Groups["p"], NodeType.Person)[0];
        var title = m.Groups["title"];
        if (title.Success && !HasTitle.IsMatch(title.Value) && (person.Role is null || VerbAfter(sentence, person)))
            return;
        if (title.Success && (IsLowerCaseTitleBeforeComma(title.Value) && !IsOwnedApposition(sentence.Text, m) || StartsWithPreposition.IsMatch(title.Value)
            || OpensNextConjunct(title.Value) || IsAttribution(title.Value)))
            return;
        var bodies = sentence.MentionsIn(m.Groups["org"]);
        var body = bodies.LastOrDefault(b => b.Type == NodeType.Organisation) ?? bodies[0];
        found.Add(new Found(person.EntityKey, Graph.Relations.MemberOf, body.EntityKey, m.Groups["p"].Index));
    }
}
