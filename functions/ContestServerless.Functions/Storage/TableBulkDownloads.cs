using System.Text.Json;
using Azure.Data.Tables;
using ContestServerless.Domain.Downloads;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Storage;

public sealed class TableBulkDownloads(ContestTables tables) : IBulkDownloads
{
    public Task AddAsync(BulkDownload download, CancellationToken cancellationToken) =>
        tables.BulkDownloads.AddEntityAsync(BulkDownloadRow.ToEntity(download), cancellationToken);

    public async Task<BulkDownload?> FindAsync(string id, CancellationToken cancellationToken) =>
        ContestTables.IsValidKey(id) ? await tables.BulkDownloads.FindAsync(BulkDownloadRow.Partition, id, BulkDownloadRow.ToDownload, cancellationToken) : null;

    public Task SaveAsync(BulkDownload download, CancellationToken cancellationToken) =>
        tables.BulkDownloads.UpsertEntityAsync(BulkDownloadRow.ToEntity(download), TableUpdateMode.Replace, cancellationToken);

    // Few archive packages are ever asked for (ids are random, so the newest is found by time among them); a row
    // of entries has no Kind column, so the filter cannot name that kind and reads the partition.
    public async Task<BulkDownload?> LatestAsync(BulkDownloadKind kind, CancellationToken cancellationToken) =>
        (await tables.BulkDownloads.ListAsync(kind == BulkDownloadKind.Entries
                ? TableClient.CreateQueryFilter($"PartitionKey eq {BulkDownloadRow.Partition}")
                : TableClient.CreateQueryFilter($"PartitionKey eq {BulkDownloadRow.Partition} and Kind eq {kind.ToString()}"),
            BulkDownloadRow.ToDownload, cancellationToken))
            .Where(d => d.Kind == kind)
            .MaxBy(d => d.RequestedAt);
}

/// <summary>
/// A <see cref="BulkDownload"/> and its row in the BulkDownloads table (partition "bulk", row = download id), both ways
/// in one place. A row without <c>Kind</c> is a ZIP of entries (all there were before the archive package). The filter is JSON with the serializer's default (PascalCase) names, as it always was. Column names are
/// the storage layout: never rename one.
/// </summary>
public static class BulkDownloadRow
{
    public const string Partition = "bulk";
    private const string DecisionNumber = "DecisionNumber";
    private const string DecisionDate = "DecisionDate";

    public static TableEntity ToEntity(BulkDownload download) => new(Partition, download.Id)
    {
        [nameof(BulkDownload.RequestedBy)] = download.RequestedBy,
        [nameof(BulkDownload.RequestedAt)] = download.RequestedAt,
        [nameof(BulkDownload.Filter)] = JsonSerializer.Serialize(download.Filter),
        [nameof(BulkDownload.Status)] = download.Status.ToString(),
        [nameof(BulkDownload.Total)] = download.Total,
        [nameof(BulkDownload.Done)] = download.Done,
        [nameof(BulkDownload.Size)] = download.Size,
        [nameof(BulkDownload.FinishedAt)] = download.FinishedAt,
        [nameof(BulkDownload.Error)] = download.Error,
        [nameof(BulkDownload.Kind)] = download.Kind == BulkDownloadKind.Entries ? null : download.Kind.ToString(),
        [DecisionNumber] = download.Decision?.Number,
        [DecisionDate] = download.Decision?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    public static BulkDownload ToDownload(TableEntity row) => BulkDownload.Restore(
        new BulkDownload
        {
            Id = row.RowKey,
            RequestedBy = row.GetString(nameof(BulkDownload.RequestedBy)) ?? "",
            RequestedAt = row.GetDateTimeOffset(nameof(BulkDownload.RequestedAt)) ?? default,
            Filter = JsonSerializer.Deserialize<EntryFilterRequest>(row.GetString(nameof(BulkDownload.Filter)) ?? "{}") ?? new EntryFilterRequest(),
            Kind = Enum.Parse<BulkDownloadKind>(row.GetString(nameof(BulkDownload.Kind)) ?? nameof(BulkDownloadKind.Entries)),
            Decision = row.GetString(DecisionNumber) is { } number && DateOnly.TryParseExact(row.GetString(DecisionDate), "yyyy-MM-dd", out var date)
                ? new ArchiveDecision(number, date)
                : null,
        },
        Enum.Parse<BulkDownloadStatus>(row.GetString(nameof(BulkDownload.Status)) ?? nameof(BulkDownloadStatus.Queued)),
        row.GetInt32(nameof(BulkDownload.Total)) ?? 0,
        row.GetInt32(nameof(BulkDownload.Done)) ?? 0,
        row.GetInt64(nameof(BulkDownload.Size)),
        row.GetDateTimeOffset(nameof(BulkDownload.FinishedAt)),
        row.GetString(nameof(BulkDownload.Error)));
}
