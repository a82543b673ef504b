using Azure;
using Azure.Data.Tables;
using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Privacy;
using ContestServerless.Domain.Standing;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Entries in their units' partitions. Every write that succeeds tells the catalogue's projector which entry
/// changed (<see cref="CatalogueQueueExtensions.ChangedAsync"/>); a new way of changing an entry must do the same.
/// </summary>
public sealed class TableEntryStore(ContestTables tables, ICatalogueQueue catalogue) : IEntryStore
{
    /// <summary>Searching filters rows after reading them; a page gives up after this many so it answers quickly.</summary>
    private const int MaxRowsScannedPerPage = 2000;

    internal const string EntryRowPrefix = "entry-";

    /// <summary>The first key after every "entry-…" key ('.' follows '-').</summary>
    internal const string EntryRowEnd = "entry.";

    internal static string EntryRow(string id) => EntryRowPrefix + id;

    public async Task<bool> AddAsync(Entry entry, CancellationToken cancellationToken)
    {
        // The id's locator and the entry's row are written at once (two requests, one wait). Ids are 50 random bits, so
        // a taken one is all but impossible; when it happens, whichever write succeeded is taken back.
        var locator = tables.EntryIds.TryAddAsync(EntryTableRow.ToLocator(entry), cancellationToken);
        var row = tables.Entries.TryAddAsync(EntryTableRow.ToRow(entry), cancellationToken);
        await Task.WhenAll(locator, row);
        if (!await locator || !await row)
        {
            if (await locator) await tables.EntryIds.DeleteEntityAsync(entry.Id, "", ETag.All, cancellationToken);
            if (await row) await tables.Entries.DeleteEntityAsync(entry.UnitId, EntryRow(entry.Id), ETag.All, cancellationToken);
            return false;
        }
        await catalogue.ChangedAsync(entry, cancellationToken);
        return true;
    }

    public async Task<StoredEntry?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!ContestTables.IsValidKey(id)) return null;
        var locator = await tables.EntryIds.GetEntityIfExistsAsync<TableEntity>(id, "", cancellationToken: cancellationToken);
        if (!locator.HasValue) return null;
        return await FindInUnitAsync(EntryTableRow.UnitOf(locator.Value!), id, cancellationToken);
    }

    /// <summary>A key no unit or entry id can be (both are narrower), read where a real one is missing.</summary>
    private const string NoSuchKey = "~none";

    public async Task<StoredEntry?> FindEvenlyAsync(string id, string? unitId, CancellationToken cancellationToken)
    {
        var key = ContestTables.IsValidKey(id) ? id : NoSuchKey;
        if (unitId is null)
        {
            var locator = await tables.EntryIds.GetEntityIfExistsAsync<TableEntity>(key, "", cancellationToken: cancellationToken);
            unitId = locator.HasValue ? EntryTableRow.UnitOf(locator.Value!) : NoSuchKey;
        }
        // Read even when the locator is missing, so an unknown id costs the two reads a real one does.
        var partition = ContestTables.IsValidKey(unitId) ? unitId : NoSuchKey;
        var stored = await tables.Entries.FindAsync(partition, EntryRow(key), Stored, cancellationToken);
        return key == id ? stored : null;
    }

    public async Task<StoredEntry?> FindInUnitAsync(string unitId, string id, CancellationToken cancellationToken) =>
        ContestTables.IsValidKey(unitId) && ContestTables.IsValidKey(id)
            ? await tables.Entries.FindAsync(unitId, EntryRow(id), Stored, cancellationToken)
            : null;

    private static StoredEntry Stored(TableEntity row) => new(EntryTableRow.From(row), row.ETag.ToString());

    public async Task<bool> SaveReceivedAsync(Entry entry, string version, CancellationToken cancellationToken) =>
        await catalogue.ChangedIfAsync(await tables.TrySaveEntryAsync(entry, version,
            entry.OwesReceiptEmail ? [TableReceiptMails.Owe(entry)] : [], cancellationToken), entry, cancellationToken);

    public async Task<bool> SaveAsync(Entry entry, string version, CancellationToken cancellationToken) =>
        await catalogue.ChangedIfAsync(await tables.TrySaveEntryAsync(entry, version, [], cancellationToken), entry, cancellationToken);

    public async IAsyncEnumerable<StoredEntry> ListPendingCreatedBeforeAsync(DateTimeOffset createdBefore,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pending = EntryStatus.Pending.ToString();
        // Across every unit's partition: a scan, fine for an hourly run; tallies and other rows fail the filter.
        var filter = TableClient.CreateQueryFilter(
            $"RowKey ge {EntryRowPrefix} and RowKey lt {EntryRowEnd} and Status eq {pending} and CreatedAt lt {createdBefore}");
        await foreach (var row in tables.Entries.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            yield return Stored(row);
    }

    public async Task<bool> DeletePendingAsync(StoredEntry entry, CancellationToken cancellationToken)
    {
        if (!await tables.Entries.TryDeleteAsync(entry.Entry.UnitId, EntryRow(entry.Entry.Id), entry.Version, cancellationToken)) return false;
        // The locator last: until it goes, a lookup finds no row and answers "not found" all the same.
        await tables.EntryIds.DeleteEntityAsync(entry.Entry.Id, "", ETag.All, cancellationToken);
        await catalogue.ChangedAsync(entry.Entry, cancellationToken);
        return true;
    }

    public async IAsyncEnumerable<Entry> ListAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One scan of the whole table, for a rebuild: tallies, reports and receipts fail the row-key filter.
        var filter = TableClient.CreateQueryFilter($"RowKey ge {EntryRowPrefix} and RowKey lt {EntryRowEnd}");
        await foreach (var row in tables.Entries.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            yield return EntryTableRow.From(row);
    }

    public async Task<UnitTally> GetTallyAsync(string unitId, CancellationToken cancellationToken)
    {
        if (!ContestTables.IsValidKey(unitId)) return UnitTally.Empty(unitId);
        return await tables.Entries.ReadTallyAsync(unitId, cancellationToken);
    }

    /// <summary>
    /// A query per unit, in parallel: a tally's shards live in their unit's partition (so they change atomically
    /// with the entry), and one query for all tallies would scan every entry row.
    /// </summary>
    public async Task<IReadOnlyList<UnitTally>> GetTalliesAsync(IReadOnlyCollection<string> unitIds, CancellationToken cancellationToken)
    {
        var tallies = new UnitTally[unitIds.Count];
        await Parallel.ForEachAsync(unitIds.Select((id, i) => (id, i)),
            new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (unit, token) => tallies[unit.i] = await GetTallyAsync(unit.id, token));
        return tallies;
    }

    public async Task<EntryPage?> QueryAsync(EntryFilter filter, string? pageToken, int pageSize, CancellationToken cancellationToken)
    {
        // Without a unit, one query over the whole table; with one, a query per partition (unit and sub-units),
        // because Table storage allows only 15 comparisons in a filter.
        IReadOnlyList<string?> partitions = filter.UnitIds is { } ids ? [.. ids.Where(ContestTables.IsValidKey).Order(StringComparer.Ordinal)] : [null];
        if (!EntryPageToken.TryParse(pageToken, partitions.Count, out var position)) return null;

        var entries = new List<Entry>();
        var scanned = 0;
        var (partition, continuation) = position;
        while (partition < partitions.Count)
        {
            // Ask for no more rows than the page still has room for, so a page never exceeds pageSize.
            var room = pageSize - entries.Count;
            Page<TableEntity>? page = null;
            try
            {
                await foreach (var first in tables.Entries.QueryAsync<TableEntity>(ServerFilter(filter, partitions[partition]), room, cancellationToken: cancellationToken)
                    .AsPages(continuation, room))
                {
                    page = first;
                    break;
                }
            }
            catch (RequestFailedException e) when (e.Status == 400 && continuation is not null)
            {
                return null;
            }

            scanned += page?.Values.Count ?? 0;
            entries.AddRange((page?.Values ?? []).Select(EntryTableRow.From).Where(filter.Matches));
            continuation = page?.ContinuationToken;
            if (continuation is null) partition++;
            if (entries.Count >= pageSize || scanned >= MaxRowsScannedPerPage)
                return new EntryPage(entries, partition < partitions.Count ? new EntryPageToken(partition, continuation).ToString() : null);
        }
        return new EntryPage(entries, null);
    }

    /// <summary>What Table storage can filter itself; search and dates are applied after reading.</summary>
    private static string ServerFilter(EntryFilter filter, string? partition)
    {
        var conditions = new List<string> { TableClient.CreateQueryFilter($"RowKey ge {EntryRowPrefix} and RowKey lt {EntryRowEnd}") };
        if (partition is not null) conditions.Add(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"));
        if (filter.MovementId is { } movement) conditions.Add(TableClient.CreateQueryFilter($"MovementId eq {movement}"));
        if (filter.Status is { } status) conditions.Add(TableClient.CreateQueryFilter($"Status eq {status.ToString()}"));
        return string.Join(" and ", conditions);
    }
}
