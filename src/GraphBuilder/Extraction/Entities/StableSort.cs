namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// An in-place stable insertion sort for the short lists of one sentence (its mentions). It orders
/// exactly as LINQ's stable OrderBy/ThenBy would, without the per-call sorter, key arrays and delegates
/// that dominated the profile for lists of a handful of items.
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
