namespace GraphBuilder.Extraction.Entities;

/// <summary>Country names for code outside the entity stage: the canonical country a word or short form names.</summary>
public static class CountryNames
{
    public static string? Of(string word) => EntityLexicons.Instance.CountryOf(word);
}
