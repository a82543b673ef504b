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
}

/// <summary>
/// A <see cref="BulkDownload"/> and its row in the BulkDownloads table (partition "bulk", row = download id), both ways
/// in one place. The filter is JSON with the serializer's default (PascalCase) names, as it always was. Column names are
/// the storage layout: never rename one.
/// </summary>
public static class BulkDownloadRow
{
    public const string Partition = "bulk";

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
    };

    public static BulkDownload ToDownload(TableEntity row) => BulkDownload.Restore(
        new BulkDownload
        {
            Id = row.RowKey,
            RequestedBy = row.GetString(nameof(BulkDownload.RequestedBy)) ?? "",
            RequestedAt = row.GetDateTimeOffset(nameof(BulkDownload.RequestedAt)) ?? default,
            Filter = JsonSerializer.Deserialize<EntryFilterRequest>(row.GetString(nameof(BulkDownload.Filter)) ?? "{}") ?? new EntryFilterRequest(),
        },
        Enum.Parse<BulkDownloadStatus>(row.GetString(nameof(BulkDownload.Status)) ?? nameof(BulkDownloadStatus.Queued)),
        row.GetInt32(nameof(BulkDownload.Total)) ?? 0,
        row.GetInt32(nameof(BulkDownload.Done)) ?? 0,
        row.GetInt64(nameof(BulkDownload.Size)),
        row.GetDateTimeOffset(nameof(BulkDownload.FinishedAt)),
        row.GetString(nameof(BulkDownload.Error)));
}
