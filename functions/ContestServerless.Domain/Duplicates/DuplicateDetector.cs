using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Duplicates;

/// <summary>
/// Finds received entries that may be the same work (trùng bài): the same file fingerprint anywhere; the same
/// normalized title and author under two units; or the same title and author sent online by the public and handed in
/// by a unit. It only flags: organizers decide which one is the copy. Pure, over the catalogue's rows, so a list
/// page and the entry page see the same groups without another read.
/// </summary>
public static class DuplicateDetector
{
    /// <summary>How many other entries of one group an entry names at most.</summary>
    public const int MaxNamed = 10;

    public static IReadOnlyDictionary<string, IReadOnlyList<DuplicateMatch>> Find(IEnumerable<CatalogueRow> rows)
    {
        var received = rows.Where(r => r.Status == EntryStatus.Received).ToList();
        var found = new Dictionary<string, List<DuplicateMatch>>(StringComparer.Ordinal);

        void Link(CatalogueRow a, CatalogueRow b, DuplicateReason reason)
        {
            Add(a, b, reason);
            Add(b, a, reason);
        }
        void Add(CatalogueRow to, CatalogueRow other, DuplicateReason reason)
        {
            if (!found.TryGetValue(to.Id, out var list)) found[to.Id] = list = [];
            // One line per other entry: the same file says more than the same title.
            if (list.FindIndex(m => m.EntryId == other.Id) is var at and >= 0)
            {
                if (reason < list[at].Reason) list[at] = list[at] with { Reason = reason };
                return;
            }
            list.Add(new DuplicateMatch(other.Id, other.Title, other.UnitId, reason));
        }

        foreach (var group in received.Where(r => !string.IsNullOrEmpty(r.ContentMd5)).GroupBy(r => r.ContentMd5!, StringComparer.OrdinalIgnoreCase))
            ForEachPair(group, (a, b) => Link(a, b, DuplicateReason.SameFile));

        // A de-identified entry has no author left to compare.
        foreach (var group in received.Where(r => r.Title.Length > 0 && r.AuthorName.Length > 0).GroupBy(WorkKey, StringComparer.Ordinal))
            ForEachPair(group, (a, b) =>
            {
                if (a.UnitId != b.UnitId) Link(a, b, DuplicateReason.SameTitleAndAuthor);
                else if ((a.HandedInBy is null) != (b.HandedInBy is null)) Link(a, b, DuplicateReason.SentAndHandedIn);
            });

        return found.ToDictionary(p => p.Key, p => (IReadOnlyList<DuplicateMatch>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>Title and author with diacritics, case and every space left out: "Người  Thầy" and "nguoi thay" are one.</summary>
    public static string WorkKey(CatalogueRow row) => $"{Squeeze(row.Title)}\n{Squeeze(row.AuthorName)}";

    private static string Squeeze(string value)
    {
        var key = EntryFilter.SearchKey(value);
        var spaces = 0;
        foreach (var c in key)
            if (char.IsWhiteSpace(c)) spaces++;
        if (spaces == 0) return key;
        return string.Create(key.Length - spaces, key, static (span, source) =>
        {
            var at = 0;
            foreach (var c in source)
                if (!char.IsWhiteSpace(c)) span[at++] = c;
        });
    }

    /// <summary>
    /// Every pair in a group, each entry naming at most <see cref="MaxNamed"/> others: a file sent a thousand times
    /// (a blank form, say) must not cost a million pairs.
    /// </summary>
    private static void ForEachPair(IEnumerable<CatalogueRow> group, Action<CatalogueRow, CatalogueRow> pair)
    {
        var rows = group.ToList();
        for (var i = 0; i < rows.Count; i++)
            for (var j = i + 1; j < rows.Count && j <= i + MaxNamed; j++)
                pair(rows[i], rows[j]);
    }
}

/// <summary>Another entry that may be the same work, and why.</summary>
public sealed record DuplicateMatch(string EntryId, string Title, string UnitId, DuplicateReason Reason);

/// <summary>Why two entries may be the same work.</summary>
public enum DuplicateReason
{
    /// <summary>The same file, byte for byte (the same fingerprint).</summary>
    SameFile,

    /// <summary>The same title and author, diacritics, case and spacing aside, under two units.</summary>
    SameTitleAndAuthor,

    /// <summary>The same title and author, sent online by the public and handed in by a unit.</summary>
    SentAndHandedIn,
}
