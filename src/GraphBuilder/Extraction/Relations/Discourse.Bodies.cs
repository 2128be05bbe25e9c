using GraphBuilder.Graph;

namespace GraphBuilder.Extraction.Relations;

/// <summary>The groups, countries and state bodies named so far, and the government that acted when no one is named.</summary>
internal sealed partial class Discourse
{
    public string? LastGroup { get; private set; }

    public string? LastCountry { get; private set; }

    /// <summary>The first state body named so far, else the country named most: who acted when no one is named.</summary>
    public string? Government => GovernmentBut(null);

    /// <summary>The country named most so far, else the one the article names most: whose government a leader's is.</summary>
    public string? MainCountry => CountryNamedMost?.EntityKey ?? ArticleCountry ?? TitleCountry;

    private Mention? CountryNamedMost =>
        _bodies.Where(b => b.Type == NodeType.Country).OrderByDescending(b => MentionCount(b.EntityKey)).FirstOrDefault();

    /// <summary>The government, passing over one body ("the Coordination Committee" the sentence lists among groups).</summary>
    public string? GovernmentBut(string? listed) =>
        (_bodies.FirstOrDefault(b => b.Type == NodeType.Organisation && b.EntityKey != listed && Bodies.IsStateBody(NameOf(b)))
         ?? (NamedGovernment is { } named ? _bodies.FirstOrDefault(b => b.EntityKey == named) : null)
         ?? CountryNamedMost)?.EntityKey
        ?? ArticleCountry ?? (ArticleBody is { } first && first != listed ? first : null) ?? TitleCountry;

    /// <summary>
    /// "the Canadian government has declared them terrorists ... The government also added X": the first country
    /// the text calls a government by name is who "the government" is, before a country named more often (the
    /// country whose groups are listed).
    /// </summary>
    private string? NamedGovernment { get; set; }

    private static bool GovernmentAfter(Sentence text, Mention m)
    {
        var end = m.End - text.Start;
        return end >= 0 && end < text.Text.Length
            && text.Text.AsSpan(end).TrimStart().StartsWith("government", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "New Zealand Prime Minister A said X had been designated": where the text names a country only inside a
    /// person's title, the country the article's entities name most.
    /// </summary>
    private string? TitleCountry =>
        _entities.Values.Where(e => e.Type == NodeType.Country && !OnlyDescribed(e.Key)).OrderByDescending(e => e.Mentions).FirstOrDefault()?.Key;

    /// <summary>A country the text names, but only as the nationality of listed people ("(Congolese)").</summary>
    private bool OnlyDescribed(string key) =>
        analysis.Sentences.SelectMany(s => s.Mentions.Where(m => m.EntityKey == key)
            .Select(m => IsNationality(s.Sentence, m.Start - s.Sentence.Start, m.End - s.Sentence.Start))).ToList() is { Count: > 0 } all
        && all.All(d => d);

    /// <summary>"The Government has listed ..." in a lead that names no country yet: the country the whole article names most.</summary>
    private string? ArticleCountry =>
        analysis.Sentences.SelectMany(s => s.Mentions.Where(m => m.Type == NodeType.Country && !IsHyphened(s.Sentence, m) && !OpensName(s, m)))
            .Select(m => m.EntityKey).Distinct().OrderByDescending(MentionCount).FirstOrDefault();

    /// <summary>
    /// "the Orvan Brigades and the Palestinian Dorn Jihad": a nationality word right before a group's or person's name
    /// only describes that name, so it is no government that could have acted ("the Ruritanian Interior Ministry", a
    /// state body, is that country's).
    /// </summary>
    private bool OpensName(AnnotatedSentence s, Mention m) =>
        !m.Text.Contains(' ') && !string.Equals(m.Text, NameOf(m), StringComparison.OrdinalIgnoreCase)
        && s.Mentions.FirstOrDefault(n => n.Start == m.End + 1) is { Type: NodeType.Organisation or NodeType.Person } next
        && m.End - s.Sentence.Start is var at and >= 0 && at < s.Sentence.Text.Length && s.Sentence.Text[at] == ' '
        && !Bodies.IsStateBody(NameOf(next));

    /// <summary>"The resolution imposes sanctions on X. It was adopted by the Security Council": the first state body of the article.</summary>
    private string? ArticleBody =>
        analysis.Sentences.SelectMany(s => s.Mentions)
            .FirstOrDefault(m => m.Type == NodeType.Organisation && Bodies.IsStateBody(NameOf(m)))?.EntityKey;

    /// <summary>The key of the country of the article with that name, if the article names it.</summary>
    public string? CountryNamed(string name) =>
        _entities.Values.FirstOrDefault(e => e.Type == NodeType.Country && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))?.Key;

    /// <summary>The last organisation or country named whose name contains a word ("the Department" -> the Department of State).</summary>
    public Mention? LastBodyNamed(string word) =>
        _bodies.LastOrDefault(b => NameOf(b).Contains(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>The last organisation whose name, or the words that named it ("the Treasury Department" for "US Treasury"), contain a word.</summary>
    public Mention? LastBodyCalled(string word) =>
        _bodies.LastOrDefault(b => b.Type == NodeType.Organisation && (NameOf(b).Contains(word, StringComparison.OrdinalIgnoreCase)
            || b.Text.Contains(word, StringComparison.OrdinalIgnoreCase)));
}
