using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Standing;

namespace ContestServerless.Tests.Storage;

/// <summary>
/// The real entry store, except that while <see cref="Contended"/> every save of a received entry loses to
/// another writer (as under heavy contention on one unit), and while <see cref="Broken"/> it fails as a bug would.
/// </summary>
public sealed class ContendedEntryStore(IEntryStore inner) : IEntryStore
{
    public volatile bool Contended;
    public volatile bool Broken;

    public Task<bool> AddAsync(Entry entry, CancellationToken cancellationToken) => inner.AddAsync(entry, cancellationToken);

    public Task<StoredEntry?> FindAsync(string id, CancellationToken cancellationToken) => inner.FindAsync(id, cancellationToken);

    public Task<StoredEntry?> FindEvenlyAsync(string id, string? unitId, CancellationToken cancellationToken) =>
        inner.FindEvenlyAsync(id, unitId, cancellationToken);

    public Task<StoredEntry?> FindInUnitAsync(string unitId, string id, CancellationToken cancellationToken) =>
        inner.FindInUnitAsync(unitId, id, cancellationToken);

    public Task<bool> SaveReceivedAsync(Entry entry, string version, CancellationToken cancellationToken)
    {
        if (Broken) throw new InvalidOperationException("A bug (injected by the test).");
        return Contended ? Task.FromResult(false) : inner.SaveReceivedAsync(entry, version, cancellationToken);
    }

    public Task<bool> SaveAsync(Entry entry, string version, CancellationToken cancellationToken) =>
        inner.SaveAsync(entry, version, cancellationToken);

    public IAsyncEnumerable<StoredEntry> ListPendingCreatedBeforeAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken) =>
        inner.ListPendingCreatedBeforeAsync(createdBefore, cancellationToken);

    public Task<bool> DeletePendingAsync(StoredEntry entry, CancellationToken cancellationToken) => inner.DeletePendingAsync(entry, cancellationToken);

    public IAsyncEnumerable<Entry> ListAllAsync(CancellationToken cancellationToken) => inner.ListAllAsync(cancellationToken);

    public Task<UnitTally> GetTallyAsync(string unitId, CancellationToken cancellationToken) => inner.GetTallyAsync(unitId, cancellationToken);

    public Task<IReadOnlyList<UnitTally>> GetTalliesAsync(IReadOnlyCollection<string> unitIds, CancellationToken cancellationToken) =>
        inner.GetTalliesAsync(unitIds, cancellationToken);

    public Task<EntryPage?> QueryAsync(EntryFilter filter, string? pageToken, int pageSize, CancellationToken cancellationToken) =>
        inner.QueryAsync(filter, pageToken, pageSize, cancellationToken);
}
