using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Privacy;

/// <summary>
/// What the entrants' rights change in storage. Entries stay in their unit's partition: a change that moves a count
/// (a withdrawal) changes a tally shard in the same transaction, as receiving does, so lists and tallies follow.
/// </summary>
public interface IPrivacyStore
{
    /// <summary>Saves a corrected entry (or one with a replaced file) and the version it replaced, atomically; false on a conflict.</summary>
    Task<bool> SaveChangeAsync(Entry entry, EntryVersion previous, string version, CancellationToken cancellationToken);

    /// <summary>
    /// Saves any other change of an entry (a withdrawal, a de-identification), moving its unit's tally as
    /// <see cref="IEntryStore.SaveAsync"/> does; false on a version conflict.
    /// </summary>
    Task<bool> SaveAsync(Entry entry, string version, CancellationToken cancellationToken);

    Task<IReadOnlyList<EntryVersion>> ListVersionsAsync(string unitId, string entryId, CancellationToken cancellationToken);

    /// <summary>Deletes an entry's versions, which hold the personal data it had before.</summary>
    Task DeleteVersionsAsync(string unitId, string entryId, CancellationToken cancellationToken);

    /// <summary>Every received or withdrawn entry, in every unit (retention's scan).</summary>
    IAsyncEnumerable<StoredEntry> ListKeptEntriesAsync(CancellationToken cancellationToken);

    Task AddRequestAsync(PrivacyRequest request, CancellationToken cancellationToken);

    Task<StoredPrivacyRequest?> FindRequestAsync(string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<PrivacyRequest>> ListRequestsAsync(string? entryId, CancellationToken cancellationToken);

    Task<bool> SaveRequestAsync(PrivacyRequest request, string version, CancellationToken cancellationToken);
}

/// <summary>
/// What retention needs from the contest's results: when they were published and which entries won. The results
/// feature answers it (<c>ResultsCalendar</c>), falling back on the Privacy settings for results published elsewhere.
/// </summary>
public interface IResultsCalendar
{
    Task<DateTimeOffset?> ResultsPublishedAtAsync(CancellationToken cancellationToken);

    Task<IReadOnlySet<string>> WinningEntryIdsAsync(CancellationToken cancellationToken);
}
