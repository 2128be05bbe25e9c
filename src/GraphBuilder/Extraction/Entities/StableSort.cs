namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// An in-place stable sort for the lists of the entity stage (a sentence's mentions, a document's named
/// people or drafts). It orders exactly as LINQ's stable OrderBy/ThenBy would. Short lists use insertion
/// sort, without the per-call sorter, key arrays and delegates that showed in the profile for lists of a
/// few items; long ones (a document naming thousands of people) a stable O(n log n) sort by (key, position),
/// since insertion sort is quadratic there.
/// </summary>
internal static class StableSort
{
    private const int Short = 32;

    public static List<T> InPlace<T>(List<T> items, Comparison<T> compare)
    {
        if (items.Count > Short)
            return Long(items, compare);
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

    private static List<T> Long<T>(List<T> items, Comparison<T> compare)
    {
        var order = Enumerable.Range(0, items.Count).ToArray();
        Array.Sort(order, (a, b) => compare(items[a], items[b]) is var c && c != 0 ? c : a.CompareTo(b));
        var sorted = order.Select(i => items[i]).ToList();
        items.Clear();
        items.AddRange(sorted);
        return items;
    }
}
