using System.Collections.Concurrent;
using Azure.Data.Tables;
using ContestServerless.Domain.Contest;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Where each contest's data lives: its tables (<see cref="ContestTables"/>) and containers (<see cref="ContestContainers"/>),
/// both named by its storage key. One per app, so a contest's tally-shard cache and kept catalogue live as long as the instance.
/// </summary>
public sealed class ContestStorage(TableServiceClient tables, StorageOptions options, MissingStoreRecovery recovery)
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

    /// <summary>Creates a new contest's tables and containers (idempotent), before anything is written into it.</summary>
    public Task ProvisionAsync(ContestRecord contest, CancellationToken cancellationToken)
    {
        recovery.Track(contest.StorageKey);
        return recovery.EnsureContestAsync(contest.StorageKey, cancellationToken);
    }
}

/// <summary>
/// One contest's blob containers: the configured names for the first contest (storage key empty), the configured name,
/// a hyphen and the key for any other, so deleting a contest's containers removes its files whole.
/// </summary>
public sealed record ContestContainers(string Entries, string Exports, string Catalogue)
{
    public IReadOnlyList<string> All => [Entries, Exports, Catalogue];

    public static ContestContainers Of(StorageOptions options, string storageKey)
    {
        string Named(string configured) => storageKey.Length == 0 ? configured : $"{configured}-{storageKey}";
        return new(Named(options.EntriesContainer), Named(options.ExportsContainer), Named(options.CatalogueContainer));
    }
}
