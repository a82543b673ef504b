using ContestServerless.Domain.Common;

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

    /// <summary>Saves a received entry's screening and moves it in its unit's tally, atomically; false on a conflict.</summary>
    Task<bool> SaveScreeningAsync(Entry entry, Screening previous, string version, CancellationToken cancellationToken);

    /// <summary>Saves a pending entry's new state (e.g. a rejected file); false on a version conflict.</summary>
    Task<bool> SavePendingAsync(Entry entry, string version, CancellationToken cancellationToken);

    Task<UnitTally> GetTallyAsync(string unitId, CancellationToken cancellationToken);

    /// <summary>The tallies of these units (an empty tally for a unit with none yet).</summary>
    Task<IReadOnlyList<UnitTally>> GetTalliesAsync(IReadOnlyCollection<string> unitIds, CancellationToken cancellationToken);

    /// <summary>
    /// A page of at most <paramref name="pageSize"/> entries matching <paramref name="filter"/>, resuming where
    /// <paramref name="pageToken"/> left off. Search and dates are applied after reading, so a page may hold
    /// fewer entries even when more follow. Null when the token is not one this store handed out.
    /// </summary>
    Task<EntryPage?> QueryAsync(EntryFilter filter, string? pageToken, int pageSize, CancellationToken cancellationToken);
}

public sealed record EntryPage(IReadOnlyList<Entry> Entries, string? NextPageToken);

public static class EntryStoreExtensions
{
    /// <summary>
    /// An entry by its id as a person typed it (any case, with dashes, O for 0); null when it is malformed or unknown.
    /// </summary>
    public static async Task<StoredEntry?> FindTypedAsync(this IEntryStore store, string? typedId, CancellationToken cancellationToken)
    {
        var id = Codes.Normalize(typedId);
        return Codes.IsWellFormedEntryId(id) ? await store.FindAsync(id, cancellationToken) : null;
    }
}

/// <summary>
/// A unit's summary of received entries, kept beside the unit's entries and updated in the same transaction,
/// so the dashboard reads one row per unit instead of every entry.
/// </summary>
public sealed record UnitTally(
    string UnitId,
    int ReceivedEntries,
    DateTimeOffset? LastReceivedAt,
    IReadOnlyDictionary<string, int> ByMovement,
    IReadOnlyDictionary<DateOnly, int> ByDay)
{
    /// <summary>Received entries its focal point handed in.</summary>
    public int HandedIn { get; init; }

    public int Forwarded { get; init; }

    public int HeldBack { get; init; }

    /// <summary>Versions of the quick report filed so far.</summary>
    public int ReportVersions { get; init; }

    public DateTimeOffset? ReportFirstFiledAt { get; init; }

    /// <summary>Whether the first report came after the due date.</summary>
    public bool ReportFirstLate { get; init; }

    public static UnitTally Empty(string unitId) =>
        new(unitId, 0, null, new Dictionary<string, int>(), new Dictionary<DateOnly, int>());

    public UnitTally Count(Entry entry)
    {
        var receivedAt = entry.ReceivedAt ?? throw new InvalidOperationException($"Entry {entry.Id} is not received.");
        var day = DateOnly.FromDateTime(VietnamTime.ToLocal(receivedAt).DateTime);
        return this with
        {
            ReceivedEntries = ReceivedEntries + 1,
            LastReceivedAt = LastReceivedAt is { } last && last > receivedAt ? last : receivedAt,
            ByMovement = Increment(ByMovement, entry.MovementId),
            ByDay = Increment(ByDay, day),
            HandedIn = HandedIn + (entry.HandedInBy is null ? 0 : 1),
        };
    }

    /// <summary>Moves a received entry from one screening decision to another.</summary>
    public UnitTally Screen(Screening from, Screening to) => this with
    {
        Forwarded = Forwarded - (from == Screening.Forwarded ? 1 : 0) + (to == Screening.Forwarded ? 1 : 0),
        HeldBack = HeldBack - (from == Screening.HeldBack ? 1 : 0) + (to == Screening.HeldBack ? 1 : 0),
    };

    /// <summary>Counts one more version of the quick report.</summary>
    public UnitTally FileReport(DateTimeOffset filedAt, bool late) => this with
    {
        ReportVersions = ReportVersions + 1,
        ReportFirstFiledAt = ReportFirstFiledAt ?? filedAt,
        ReportFirstLate = ReportFirstFiledAt is null ? late : ReportFirstLate,
    };

    private static Dictionary<TKey, int> Increment<TKey>(IReadOnlyDictionary<TKey, int> counts, TKey key) where TKey : notnull
    {
        var copy = new Dictionary<TKey, int>(counts) { [key] = counts.GetValueOrDefault(key) + 1 };
        return copy;
    }
}

/// <summary>
/// The essay files themselves. Browsers upload straight to an uploads area through a one-blob link; once a file
/// is verified it is kept with the entries (where deleted or overwritten files can be recovered), and uploads
/// nobody submitted are cleared away after a few days.
/// </summary>
public interface IEntryFiles
{
    /// <summary>A link that can create this one upload and nothing else, until <paramref name="expiresAt"/>.</summary>
    Task<Uri> CreateUploadLinkAsync(string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>The uploaded file's size, or null when nothing was uploaded.</summary>
    Task<long?> GetUploadSizeAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>A seekable read-only stream over the uploaded file.</summary>
    Task<Stream> OpenUploadAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>Deletes a refused upload.</summary>
    Task DiscardUploadAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>Keeps a verified upload with the entries. Safe to repeat: a file already kept stays as it is.</summary>
    Task KeepUploadAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>A kept file's size, or null when it is missing.</summary>
    Task<long?> GetSizeAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>A read-only stream over a kept file.</summary>
    Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken);

    /// <summary>
    /// A read-only link to this one kept file until <paramref name="expiresAt"/>, which the browser saves as
    /// <paramref name="downloadName"/>.
    /// </summary>
    Task<Uri> CreateDownloadLinkAsync(string blobName, string downloadName, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
