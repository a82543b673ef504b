using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Privacy;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Entrants' changes live beside the entry in its unit's partition of Entries ("version-{id}-{n}" rows), so an entry
/// and its earlier version are saved in one transaction; a change that moves a count (a withdrawal) moves its tally in it too.
/// Requests live in the Privacy table. Like <see cref="TableEntryStore"/>, every entry change that succeeds is queued
/// for the catalogue, so a correction, withdrawal or de-identification reaches the organizers' list.
/// </summary>
public sealed class TablePrivacyStore(ContestTables tables, ICatalogueQueue catalogue) : IPrivacyStore
{
    public async Task<bool> SaveChangeAsync(Entry entry, EntryVersion previous, string version, CancellationToken cancellationToken) =>
        await catalogue.ChangedIfAsync(await tables.TrySaveEntryAsync(entry, version,
            [new(TableTransactionActionType.Add, EntryVersionRow.ToEntity(entry.UnitId, previous))], cancellationToken), entry, cancellationToken);

    public async Task<bool> SaveAsync(Entry entry, string version, CancellationToken cancellationToken) =>
        await catalogue.ChangedIfAsync(await tables.TrySaveEntryAsync(entry, version, [], cancellationToken), entry, cancellationToken);

    public async Task<IReadOnlyList<EntryVersion>> ListVersionsAsync(string unitId, string entryId, CancellationToken cancellationToken) =>
        await tables.Entries.ListAsync(VersionsFilter(unitId, entryId), EntryVersionRow.ToVersion, cancellationToken);

    public async Task DeleteVersionsAsync(string unitId, string entryId, CancellationToken cancellationToken)
    {
        await foreach (var row in tables.Entries.QueryAsync<TableEntity>(VersionsFilter(unitId, entryId), cancellationToken: cancellationToken))
            await tables.Entries.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
    }

    private static string VersionsFilter(string unitId, string entryId) =>
        TableClientExtensions.RangeFilter(unitId, EntryVersionRow.Prefix(entryId), EntryVersionRow.PrefixEnd(entryId));

    public async IAsyncEnumerable<StoredEntry> ListKeptEntriesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pending = EntryStatus.Pending.ToString();
        var filter = TableClient.CreateQueryFilter(
            $"RowKey ge {TableEntryStore.EntryRowPrefix} and RowKey lt {TableEntryStore.EntryRowEnd} and Status ne {pending}");
        await foreach (var row in tables.Entries.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            yield return new StoredEntry(EntryTableRow.From(row), row.ETag.ToString());
    }

    public Task AddRequestAsync(PrivacyRequest request, CancellationToken cancellationToken) =>
        tables.Privacy.AddEntityAsync(PrivacyRequestRow.ToEntity(request), cancellationToken);

    public async Task<StoredPrivacyRequest?> FindRequestAsync(string id, CancellationToken cancellationToken) =>
        ContestTables.IsValidKey(id)
            ? await tables.Privacy.FindAsync(PrivacyRequestRow.Partition, id,
                row => new StoredPrivacyRequest(PrivacyRequestRow.ToRequest(row), row.ETag.ToString()), cancellationToken)
            : null;

    public async Task<IReadOnlyList<PrivacyRequest>> ListRequestsAsync(string? entryId, CancellationToken cancellationToken)
    {
        var filter = entryId is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {PrivacyRequestRow.Partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {PrivacyRequestRow.Partition} and EntryId eq {entryId}");
        return [.. (await tables.Privacy.ListAsync(filter, PrivacyRequestRow.ToRequest, cancellationToken)).OrderByDescending(r => r.FiledAt)];
    }

    /// <summary>False when the request changed since it was read (or is gone).</summary>
    public Task<bool> SaveRequestAsync(PrivacyRequest request, string version, CancellationToken cancellationToken) =>
        tables.Privacy.TryReplaceAsync(PrivacyRequestRow.ToEntity(request), version, cancellationToken);
}

/// <summary>
/// An entrant's <see cref="PrivacyRequest"/> and its row in the Privacy table (partition "request", row = request id),
/// both ways in one place. Column names are the storage layout: never rename one.
/// </summary>
public static class PrivacyRequestRow
{
    public const string Partition = "request";

    public static TableEntity ToEntity(PrivacyRequest request) => new(Partition, request.Id)
    {
        [nameof(PrivacyRequest.EntryId)] = request.EntryId,
        [nameof(PrivacyRequest.UnitId)] = request.UnitId,
        [nameof(PrivacyRequest.Kind)] = request.Kind.ToString(),
        [nameof(PrivacyRequest.Details)] = request.Details,
        [nameof(PrivacyRequest.FiledAt)] = request.FiledAt,
        [nameof(PrivacyRequest.Decision)] = request.Decision.ToString(),
        [nameof(PrivacyRequest.Reason)] = request.Reason,
        [nameof(PrivacyRequest.DecidedBy)] = request.DecidedBy,
        [nameof(PrivacyRequest.DecidedAt)] = request.DecidedAt,
        [nameof(PrivacyRequest.KeptPublishedName)] = request.KeptPublishedName,
    };

    public static PrivacyRequest ToRequest(TableEntity row) =>
        new(row.RowKey, row.GetString(nameof(PrivacyRequest.EntryId)) ?? "", row.GetString(nameof(PrivacyRequest.UnitId)) ?? "",
            Enum.Parse<PrivacyRequestKind>(row.GetString(nameof(PrivacyRequest.Kind)) ?? nameof(PrivacyRequestKind.Erasure)),
            row.GetString(nameof(PrivacyRequest.Details)) ?? "", row.GetDateTimeOffset(nameof(PrivacyRequest.FiledAt)) ?? default)
        {
            Decision = Enum.TryParse<PrivacyRequestDecision>(row.GetString(nameof(PrivacyRequest.Decision)), out var decision)
                ? decision : PrivacyRequestDecision.Open,
            Reason = row.GetString(nameof(PrivacyRequest.Reason)),
            DecidedBy = row.GetString(nameof(PrivacyRequest.DecidedBy)),
            DecidedAt = row.GetDateTimeOffset(nameof(PrivacyRequest.DecidedAt)),
            KeptPublishedName = row.GetBoolean(nameof(PrivacyRequest.KeptPublishedName)) ?? false,
        };
}

/// <summary>
/// An entry's earlier <see cref="EntryVersion"/> and its row beside the entry in its unit's partition of Entries
/// ("version-{entry id}-{number:D4}", the version as JSON in one column), both ways in one place. Column names are the
/// storage layout: never rename one.
/// </summary>
public static class EntryVersionRow
{
    private const string Column = "Version";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Prefix(string entryId) => $"version-{entryId}-";

    /// <summary>The first key after every "version-{id}-…" key ('.' follows '-').</summary>
    public static string PrefixEnd(string entryId) => $"version-{entryId}.";

    public static TableEntity ToEntity(string unitId, EntryVersion version) =>
        new(unitId, Prefix(version.EntryId) + version.Number.ToString("D4", CultureInfo.InvariantCulture))
        {
            [Column] = JsonSerializer.Serialize(version, Json),
        };

    public static EntryVersion ToVersion(TableEntity row) => JsonSerializer.Deserialize<EntryVersion>(row.GetString(Column) ?? "{}", Json)!;
}
