using System.Runtime.CompilerServices;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Privacy;
using ContestServerless.Domain.Standing;

namespace ContestServerless.Tests.Privacy;

/// <summary>
/// Entries in memory for retention's runs, so a test on a fake clock de-identifies its own entries and never the
/// shared stack's. Only what retention uses is implemented.
/// </summary>
public sealed class InMemoryPrivacyStore(params Entry[] entries) : IPrivacyStore
{
    private readonly Dictionary<string, (Entry Entry, int Version)> _entries = entries.ToDictionary(e => e.Id, e => (e, 1));

    public List<string> VersionsDeleted { get; } = [];

    public Entry this[string id] => _entries[id].Entry;

    public async IAsyncEnumerable<StoredEntry> ListKeptEntriesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var (entry, version) in _entries.Values.ToList())
            if (entry.Status != EntryStatus.Pending) yield return new StoredEntry(entry, version.ToString());
    }

    public Task<bool> SaveAsync(Entry entry, string version, CancellationToken cancellationToken)
    {
        if (_entries[entry.Id].Version.ToString() != version) return Task.FromResult(false);
        _entries[entry.Id] = (entry, _entries[entry.Id].Version + 1);
        return Task.FromResult(true);
    }

    public Task DeleteVersionsAsync(string unitId, string entryId, CancellationToken cancellationToken)
    {
        VersionsDeleted.Add(entryId);
        return Task.CompletedTask;
    }

    public Task<bool> SaveChangeAsync(Entry entry, EntryVersion previous, string version, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<EntryVersion>> ListVersionsAsync(string unitId, string entryId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task AddRequestAsync(PrivacyRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<StoredPrivacyRequest?> FindRequestAsync(string id, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<PrivacyRequest>> ListRequestsAsync(string? entryId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<bool> SaveRequestAsync(PrivacyRequest request, string version, CancellationToken cancellationToken) => throw new NotSupportedException();
}
