namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// An in-place stable insertion sort for the short lists of the entity stage (a sentence's mentions, a
/// document's named people or drafts). It orders exactly as LINQ's stable OrderBy/ThenBy would, without
/// the per-call sorter, key arrays and delegates that showed in the profile for lists of a few items.
/// </summary>
internal static class StableSort
{
    public static List<T> InPlace<T>(List<T> items, Comparison<T> compare)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var item = items[i];
            var j = i - 1;
            for (; j >= 0 && compare(items[j], item) > 0; j--)
                items[j + 1] = items[j];
            items[j + 1] = item;
        }
        return items;
    }
}
