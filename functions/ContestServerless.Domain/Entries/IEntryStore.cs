using System.Runtime.CompilerServices;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Standing;

namespace ContestServerless.Domain.Entries;

/// <summary>Entries and the per-unit tallies of received entries.</summary>
public interface IEntryStore
{
    /// <summary>Stores a new pending entry; false when its id is already taken.</summary>
    Task<bool> AddAsync(Entry entry, CancellationToken cancellationToken);

    Task<StoredEntry?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// The entry when it lives in <paramref name="unitId"/>'s partition: one point read, for callers that already know
    /// the unit. Null when it is not there (unknown, or moved to another unit: <see cref="FindAsync"/> then finds it).
    /// </summary>
    Task<StoredEntry?> FindInUnitAsync(string unitId, string id, CancellationToken cancellationToken);

    /// <summary>
    /// The entry, read with the same requests whether it exists or not, for lookups guarded by a secret
    /// (<see cref="SecretGuardedFind"/>): with <paramref name="unitId"/>, one point read in that unit's partition and no
    /// other (an entry never changes unit, and the secrets that name a unit name the entry's own); without, the id's
    /// locator and then one row, a row that cannot exist when the locator is missing. An id or unit no key can hold is
    /// read as one that cannot exist.
    /// </summary>
    Task<StoredEntry?> FindEvenlyAsync(string id, string? unitId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the entry as received and counts it for its unit (as <see cref="SaveAsync"/> does), atomically, recording in the same transaction the
    /// receipt e-mail it owes (<see cref="Entry.OwesReceiptEmail"/>, see <see cref="IReceiptMails"/>). False when the
    /// entry or the unit's tally changed since they were read; the caller reloads and tries again.
    /// </summary>
    Task<bool> SaveReceivedAsync(Entry entry, string version, CancellationToken cancellationToken);

    /// <summary>
    /// Saves any change of an entry (a screening, a copy mark, an eligibility decision, a rejected file) and moves its
    /// unit's tally from <see cref="Entry.StoredShare"/> to <see cref="Entry.Share"/> in the same transaction, so the
    /// tally follows the one rule of what is in play (<see cref="Entry.InPlay"/>). False on a conflict.
    /// </summary>
    Task<bool> SaveAsync(Entry entry, string version, CancellationToken cancellationToken);

    /// <summary>Pending entries (never received) created before <paramref name="createdBefore"/>, in every unit.</summary>
    IAsyncEnumerable<StoredEntry> ListPendingCreatedBeforeAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken);

    /// <summary>Deletes a pending entry unless it changed since it was read (e.g. was received); false then.</summary>
    Task<bool> DeletePendingAsync(StoredEntry entry, CancellationToken cancellationToken);

    /// <summary>Every entry in every unit, any state: what the catalogue is rebuilt from.</summary>
    IAsyncEnumerable<Entry> ListAllAsync(CancellationToken cancellationToken);

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

/// <summary>An entry as stored, with the version (ETag) that an update must match.</summary>
public sealed record StoredEntry(Entry Entry, string Version);

public static class EntryStoreExtensions
{
    /// <summary>
    /// An entry by its id as a person typed it (any case, with dashes, O for 0); null when it is malformed or unknown.
    /// </summary>
    /// <remarks>For staff; a route where the caller proves a secret finds through <see cref="SecretGuardedFind"/>.</remarks>
    public static async Task<StoredEntry?> FindTypedAsync(this IEntryStore store, string? typedId, CancellationToken cancellationToken)
    {
        var id = Codes.Normalize(typedId);
        return Codes.IsWellFormedEntryId(id) ? await store.FindAsync(id, cancellationToken) : null;
    }

    /// <summary>
    /// The entry by its id, read in <paramref name="unitId"/>'s partition first when a caller knows the unit (one request),
    /// else through the id's locator (two).
    /// </summary>
    public static async Task<StoredEntry?> FindAsync(this IEntryStore store, string? unitId, string id, CancellationToken cancellationToken) =>
        (unitId is not null ? await store.FindInUnitAsync(unitId, id, cancellationToken) : null)
        ?? await store.FindAsync(id, cancellationToken);

    /// <summary>
    /// Staff change the entry with this typed id: <paramref name="change"/> checks and applies the change to the entry as
    /// stored and saves it against that version, answering the entry, a problem (nothing saved), or null when another
    /// write got there first; it is then made again on the entry as it is now. An unknown id answers "not found".
    /// </summary>
    public static async Task<Result<Entry>> ChangeTypedAsync(this IEntryStore store, string? typedId,
        Func<StoredEntry, Task<Result<Entry>?>> change, CancellationToken cancellationToken) =>
        await Contention.RetryAsync(async () =>
            await store.FindTypedAsync(typedId, cancellationToken) is { } stored ? await change(stored) : EntryCatalog.NotFound(),
            cancellationToken) ?? Problem.Unavailable();

    /// <summary>Every entry matching the filter, <paramref name="pageSize"/> at a time, a page read only when the one before is used up.</summary>
    public static async IAsyncEnumerable<Entry> ListAsync(this IEntryStore store, EntryFilter filter, int pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? token = null;
        do
        {
            var page = await store.QueryAsync(filter, token, pageSize, cancellationToken)
                ?? throw new InvalidOperationException("The entry store refused its own page token.");
            foreach (var entry in page.Entries) yield return entry;
            token = page.NextPageToken;
        } while (token is not null);
    }
}
