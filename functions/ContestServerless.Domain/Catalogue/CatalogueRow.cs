using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Catalogue;

/// <summary>
/// An entry as the organizers' list shows it, kept in the catalogue: what the list, its filters, search and sort
/// need, and nothing of the entrant's contact details (those stay in the entry's row, read when an entry is opened).
/// </summary>
public sealed record CatalogueRow(
    string Id,
    string UnitId,
    string Title,
    string MovementId,
    string AuthorName,
    IReadOnlyList<string> CoAuthorNames,
    string SubjectName,
    string FileName,
    long FileSize,
    EntryStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReceivedAt,
    string? HandedInBy,
    DateTimeOffset? LateUntil,
    Screening Screening,
    Eligibility Eligibility,
    string? ContentMd5,
    string? CopyOf = null,
    IReadOnlyList<string>? DistinctFrom = null)
{
    /// <summary>Whether the entry is in play (<see cref="Entry.InPlay"/>), by the same rule.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool InPlay => Entry.IsInPlay(Status, CopyOf, Eligibility);

    /// <summary>When it arrived, as the list sorts it: received, or created while still pending.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateTimeOffset ArrivedAt => ReceivedAt ?? CreatedAt;

    public static CatalogueRow From(Entry entry) => new(
        entry.Id, entry.UnitId, entry.Title, entry.MovementId, entry.Author.FullName,
        [.. entry.CoAuthors.Select(c => c.FullName)], entry.Subject.Name, entry.File.Name, entry.File.Size,
        entry.Status, entry.CreatedAt, entry.ReceivedAt, entry.HandedInBy, entry.LateUntil, entry.Screening,
        entry.Eligibility, entry.ContentMd5, entry.CopyOf, entry.DistinctFrom.Count > 0 ? entry.DistinctFrom : null);

    /// <summary>
    /// The entry as far as the list knows it, for the views lists share with the entry page; contact details are
    /// blank (the list never shows them).
    /// </summary>
    public Entry ToEntry() => Entry.Restore(new Entry
        {
            Id = Id,
            UnitId = UnitId,
            Title = Title,
            MovementId = MovementId,
            Author = new Author(AuthorName, 0, "", "", "", "", ""),
            CoAuthors = [.. CoAuthorNames.Select(name => new CoAuthor(name, 0, "", "", ""))],
            Subject = new Subject(SubjectName, "", ""),
            File = new EntryFile(FileName, FileSize, ""),
            BlobName = "",
            ReceiptCode = "",
            SubmitKey = "",
            CreatedAt = CreatedAt,
            HandedInBy = HandedInBy,
            LateUntil = LateUntil,
        },
        Status, ReceivedAt, ContentMd5, null, null, Screening, null, null, Eligibility)
        .RestoreCopy(CopyOf, null, null, null)
        .RestoreDistinct(DistinctFrom ?? []);
}

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
