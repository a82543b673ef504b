using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Catalogue;

/// <summary>A catalogue row with its title and authors lower case and without diacritics, for search and sort.</summary>
public sealed class IndexedRow(CatalogueRow row)
{
    public CatalogueRow Row { get; } = row;

    public string TitleKey { get; } = EntryFilter.SearchKey(row.Title);

    /// <summary>Every author's name, leader first, joined by a line break (which no search contains).</summary>
    public string AuthorKeys { get; } = string.Join('\n', new[] { row.AuthorName }.Concat(row.CoAuthorNames).Select(EntryFilter.SearchKey));

    public bool Matches(string searchKey) =>
        TitleKey.Contains(searchKey, StringComparison.Ordinal) || AuthorKeys.Contains(searchKey, StringComparison.Ordinal);
}
