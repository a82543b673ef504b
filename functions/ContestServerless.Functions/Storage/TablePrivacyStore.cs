using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Privacy;
using ContestServerless.Domain.Standing;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Entrants' changes live beside the entry in its unit's partition of Entries ("version-{id}-{n}" rows), so an entry
/// and its earlier version are saved in one transaction; a change that moves a count (a withdrawal) moves its tally in it too.
/// Requests live in the Privacy table. Like <see cref="TableEntryStore"/>, every entry change that succeeds is queued
/// for the catalogue, so a correction, withdrawal or de-identification reaches the organizers' list.
/// </summary>
public sealed class TablePrivacyStore(ContestTables tables, ICatalogueQueue catalogue) : IPrivacyStore
{
    private const string RequestPartition = "request";

    private static string VersionPrefix(string entryId) => $"version-{entryId}-";

    private static string VersionRow(EntryVersion version) =>
        VersionPrefix(version.EntryId) + version.Number.ToString("D4", CultureInfo.InvariantCulture);

    public async Task<bool> SaveChangeAsync(Entry entry, EntryVersion previous, string version, CancellationToken cancellationToken)
    {
        var versionRow = new TableEntity(entry.UnitId, VersionRow(previous)) { ["Version"] = PrivacyColumns.WriteVersion(previous) };
        return await ChangedIfAsync(await tables.TrySaveEntryAsync(entry, version, [new(TableTransactionActionType.Add, versionRow)], cancellationToken),
            entry, cancellationToken);
    }

    public async Task<bool> SaveAsync(Entry entry, string version, CancellationToken cancellationToken) =>
        await ChangedIfAsync(await tables.TrySaveEntryAsync(entry, version, [], cancellationToken), entry, cancellationToken);

    private async Task<bool> ChangedIfAsync(bool saved, Entry entry, CancellationToken cancellationToken)
    {
        if (saved) await ChangedAsync(entry, cancellationToken);
        return saved;
    }

    private Task ChangedAsync(Entry entry, CancellationToken cancellationToken) =>
        catalogue.EnqueueAsync(new CatalogueChange(entry.UnitId, entry.Id), cancellationToken);

    public async Task<IReadOnlyList<EntryVersion>> ListVersionsAsync(string unitId, string entryId, CancellationToken cancellationToken)
    {
        var versions = new List<EntryVersion>();
        await foreach (var row in QueryVersions(unitId, entryId, cancellationToken))
            versions.Add(PrivacyColumns.ReadVersion(row.GetString("Version") ?? "{}"));
        return versions;
    }

    public async Task DeleteVersionsAsync(string unitId, string entryId, CancellationToken cancellationToken)
    {
        await foreach (var row in QueryVersions(unitId, entryId, cancellationToken))
            await tables.Entries.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
    }

    private AsyncPageable<TableEntity> QueryVersions(string unitId, string entryId, CancellationToken cancellationToken)
    {
        var prefix = VersionPrefix(entryId);
        // '.' follows '-': every "version-{id}-…" key sorts before "version-{id}.".
        var end = prefix[..^1] + ".";
        return tables.Entries.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {unitId} and RowKey ge {prefix} and RowKey lt {end}"), cancellationToken: cancellationToken);
    }

    public async IAsyncEnumerable<StoredEntry> ListKeptEntriesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pending = EntryStatus.Pending.ToString();
        var filter = TableClient.CreateQueryFilter(
            $"RowKey ge {TableEntryStore.EntryRowPrefix} and RowKey lt {TableEntryStore.EntryRowEnd} and Status ne {pending}");
        await foreach (var row in tables.Entries.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            yield return new StoredEntry(EntryTableRow.From(row), row.ETag.ToString());
    }

    public Task AddRequestAsync(PrivacyRequest request, CancellationToken cancellationToken) =>
        tables.Privacy.AddEntityAsync(ToRow(request), cancellationToken);

    public async Task<StoredPrivacyRequest?> FindRequestAsync(string id, CancellationToken cancellationToken)
    {
        if (!ContestTables.IsValidKey(id)) return null;
        var row = await tables.Privacy.GetEntityIfExistsAsync<TableEntity>(RequestPartition, id, cancellationToken: cancellationToken);
        return row.HasValue ? new StoredPrivacyRequest(ToRequest(row.Value!), row.Value!.ETag.ToString()) : null;
    }

    public async Task<IReadOnlyList<PrivacyRequest>> ListRequestsAsync(string? entryId, CancellationToken cancellationToken)
    {
        var filter = entryId is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {RequestPartition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {RequestPartition} and EntryId eq {entryId}");
        var requests = new List<PrivacyRequest>();
        await foreach (var row in tables.Privacy.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            requests.Add(ToRequest(row));
        return [.. requests.OrderByDescending(r => r.FiledAt)];
    }

    public async Task<bool> SaveRequestAsync(PrivacyRequest request, string version, CancellationToken cancellationToken)
    {
        try
        {
            await tables.Privacy.UpdateEntityAsync(ToRow(request), new ETag(version), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    private static TableEntity ToRow(PrivacyRequest r) => new(RequestPartition, r.Id)
    {
        ["EntryId"] = r.EntryId,
        ["UnitId"] = r.UnitId,
        ["Kind"] = r.Kind.ToString(),
        ["Details"] = r.Details,
        ["FiledAt"] = r.FiledAt,
        ["Decision"] = r.Decision.ToString(),
        ["Reason"] = r.Reason,
        ["DecidedBy"] = r.DecidedBy,
        ["DecidedAt"] = r.DecidedAt,
        ["KeptPublishedName"] = r.KeptPublishedName,
    };

    private static PrivacyRequest ToRequest(TableEntity row) =>
        new(row.RowKey, row.GetString("EntryId") ?? "", row.GetString("UnitId") ?? "",
            Enum.Parse<PrivacyRequestKind>(row.GetString("Kind") ?? nameof(PrivacyRequestKind.Erasure)), row.GetString("Details") ?? "",
            row.GetDateTimeOffset("FiledAt") ?? default)
        {
            Decision = Enum.TryParse<PrivacyRequestDecision>(row.GetString("Decision"), out var decision) ? decision : PrivacyRequestDecision.Open,
            Reason = row.GetString("Reason"),
            DecidedBy = row.GetString("DecidedBy"),
            DecidedAt = row.GetDateTimeOffset("DecidedAt"),
            KeptPublishedName = row.GetBoolean("KeptPublishedName") ?? false,
        };
}
