namespace ContestServerless.Domain.Entries;

/// <summary>An entry as stored, with the version (ETag) that an update must match.</summary>
public sealed record StoredEntry(Entry Entry, string Version);

/// <summary>Entries and the per-unit tallies of received entries.</summary>
public interface IEntryStore
{
    /// <summary>Stores a new pending entry; false when its id is already taken.</summary>
    Task<bool> AddAsync(Entry entry, CancellationToken cancellationToken);

    Task<StoredEntry?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the entry as received and counts it for its unit, atomically. False when the entry or the
    /// unit's tally changed since they were read; the caller reloads and tries again.
    /// </summary>
    Task<bool> SaveReceivedAsync(Entry entry, string version, CancellationToken cancellationToken);

    /// <summary>Saves a pending entry's new state (e.g. a rejected file); false on a version conflict.</summary>
    Task<bool> SavePendingAsync(Entry entry, string version, CancellationToken cancellationToken);

    Task<UnitTally> GetTallyAsync(string unitId, CancellationToken cancellationToken);
}

/// <summary>How many entries a unit has received so far (kept beside the unit's entries).</summary>
public sealed record UnitTally(string UnitId, int ReceivedEntries, DateTimeOffset? LastReceivedAt)
{
    public UnitTally Count(Entry entry) =>
        this with
        {
            ReceivedEntries = ReceivedEntries + 1,
            LastReceivedAt = LastReceivedAt is { } last && last > entry.ReceivedAt ? last : entry.ReceivedAt,
        };
}

/// <summary>The essay files themselves. Browsers upload straight to the store through a one-blob link.</summary>
public interface IEntryFiles
{
    /// <summary>A link that can create this one file and nothing else, until <paramref name="expiresAt"/>.</summary>
    Task<Uri> CreateUploadLinkAsync(string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>The uploaded file's size, or null when nothing was uploaded.</summary>
    Task<long?> GetSizeAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>A seekable read-only stream over the uploaded file.</summary>
    Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken);

    Task DeleteAsync(string blobName, CancellationToken cancellationToken);
}
