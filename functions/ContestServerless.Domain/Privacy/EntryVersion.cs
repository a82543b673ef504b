using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Privacy;

/// <summary>
/// An entry's state before one of its entrant's changes (<see cref="Change"/>: "correction", "file"), kept in the
/// unit's partition beside the entry so organizers can see what changed, and deleted with the entry's personal data.
/// Versions stored before co-authors and guardians were kept have neither (null).
/// </summary>
public sealed record EntryVersion(string EntryId, int Number, string Change, DateTimeOffset ChangedAt, Author Author, Subject Subject,
    EntryFile File, string? ContentMd5, IReadOnlyList<CoAuthor>? CoAuthors = null, Guardian? Guardian = null);
