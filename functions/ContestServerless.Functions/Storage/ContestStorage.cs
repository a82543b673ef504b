using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Units;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Where each contest's data lives: its tables (<see cref="ContestTables"/>) and containers (<see cref="ContestContainers"/>),
/// both named by its storage key. One per app, so a contest's tally-shard cache and kept catalogue live as long as the instance.
/// Also what creating, copying and deleting a contest reach of contests other than the request's (<see cref="IContestData"/>).
/// </summary>
public sealed class ContestStorage(TableServiceClient tables, BlobServiceClient blobs, StorageOptions options, MissingStoreRecovery recovery, TimeProvider clock)
    : IContestData
{
    private readonly ConcurrentDictionary<string, ContestTables> _tables = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, KeptCatalogue> _catalogues = new(StringComparer.Ordinal);

    public ContestTables TablesOf(ContestRecord contest) => _tables.GetOrAdd(contest.StorageKey, key =>
    {
        // A contest used here is one whose tables and containers a recovery must bring back if they go missing.
        recovery.Track(key);
        return new ContestTables(tables, key);
    });

    public ContestContainers ContainersOf(ContestRecord contest) => ContestContainers.Of(options, contest.StorageKey);

    /// <summary>The contest's catalogue as this instance last saw it, kept across requests (see <see cref="KeptCatalogue"/>).</summary>
    public KeptCatalogue CatalogueOf(ContestRecord contest) => _catalogues.GetOrAdd(contest.StorageKey, _ => new KeptCatalogue());

    /// <summary>
    /// Creates a new contest's tables and containers (idempotent), before anything is written into it. Azure refuses to
    /// create a table again for a while after deleting it: a contest re-created at once under a deleted one's key meets
    /// a 409 here, which the functions answer as a passing fault (503, try again shortly).
    /// </summary>
    public Task ProvisionAsync(ContestRecord contest, CancellationToken cancellationToken)
    {
        recovery.Track(contest.StorageKey);
        return recovery.EnsureContestAsync(contest.StorageKey, cancellationToken);
    }

    public IUnitRegister UnitsOf(ContestRecord contest) => new TableUnitRegister(TablesOf(contest));

    public IAuditLog AuditOf(ContestRecord contest) => new TableAuditLog(TablesOf(contest), clock);

    public Domain.Mail.IMessageLog MessagesOf(ContestRecord contest) => new TableMessageLog(TablesOf(contest));

    /// <summary>Every entry ever started has its row in EntryIds (kept when the entry is withdrawn or its data erased).</summary>
    public async Task<bool> HoldsEntriesAsync(ContestRecord contest, CancellationToken cancellationToken)
    {
        await foreach (var _ in TablesOf(contest).EntryIds.QueryAsync<TableEntity>(maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken))
            return true;
        return false;
    }

    /// <summary>
    /// Deletes the contest's tables and containers, after its record is gone. Never the first contest's (whose names are
    /// the deployment's own). Its key is no longer tracked first, so a recovery here never brings them back.
    /// </summary>
    public async Task RemoveAsync(ContestRecord contest, CancellationToken cancellationToken)
    {
        if (contest.IsFirst) throw new InvalidOperationException("The deployment's first contest's tables and containers are never removed.");
        recovery.Untrack(contest.StorageKey);
        _tables.TryRemove(contest.StorageKey, out _);
        foreach (var table in ContestTables.NamesOf(contest.StorageKey))
        {
            try
            {
                await tables.DeleteTableAsync(table, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // Already gone: what a second try after a fault finds.
            }
        }
        foreach (var container in ContainersOf(contest).All)
            await blobs.GetBlobContainerClient(container).DeleteIfExistsAsync(cancellationToken: cancellationToken);
    }
}

/// <summary>
/// One contest's blob containers: the configured names for the first contest (storage key empty), the configured name,
/// a hyphen and the key for any other, so deleting a contest's containers removes its files whole.
/// </summary>
public sealed record ContestContainers(string Entries, string Exports, string Catalogue, string Documents)
{
    public IReadOnlyList<string> All => [Entries, Exports, Catalogue, Documents];

    public static ContestContainers Of(StorageOptions options, string storageKey)
    {
        string Named(string configured) => storageKey.Length == 0 ? configured : $"{configured}-{storageKey}";
        return new(Named(options.EntriesContainer), Named(options.ExportsContainer), Named(options.CatalogueContainer), Named(options.DocumentsContainer));
    }
}
