using System.Text.Json;
using Azure.Data.Tables;
using ContestServerless.Domain.Downloads;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Storage;

public sealed class TableBulkDownloads(ContestTables tables) : IBulkDownloads
{
    private const string Partition = "bulk";

    public Task AddAsync(BulkDownload download, CancellationToken cancellationToken) =>
        tables.BulkDownloads.AddEntityAsync(ToRow(download), cancellationToken);

    public async Task<BulkDownload?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!ContestTables.IsValidKey(id)) return null;
        var row = await tables.BulkDownloads.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken);
        return row.HasValue ? ToDownload(row.Value!) : null;
    }

    public Task SaveAsync(BulkDownload download, CancellationToken cancellationToken) =>
        tables.BulkDownloads.UpsertEntityAsync(ToRow(download), TableUpdateMode.Replace, cancellationToken);

    private static TableEntity ToRow(BulkDownload download) => new(Partition, download.Id)
    {
        ["RequestedBy"] = download.RequestedBy,
        ["RequestedAt"] = download.RequestedAt,
        ["Filter"] = JsonSerializer.Serialize(download.Filter),
        ["Status"] = download.Status.ToString(),
        ["Total"] = download.Total,
        ["Done"] = download.Done,
        ["Size"] = download.Size,
        ["FinishedAt"] = download.FinishedAt,
        ["Error"] = download.Error,
    };

    private static BulkDownload ToDownload(TableEntity row) => BulkDownload.Restore(
        new BulkDownload
        {
            Id = row.RowKey,
            RequestedBy = row.GetString("RequestedBy") ?? "",
            RequestedAt = row.GetDateTimeOffset("RequestedAt") ?? default,
            Filter = JsonSerializer.Deserialize<EntryFilterRequest>(row.GetString("Filter") ?? "{}") ?? new EntryFilterRequest(),
        },
        Enum.Parse<BulkDownloadStatus>(row.GetString("Status") ?? nameof(BulkDownloadStatus.Queued)),
        row.GetInt32("Total") ?? 0,
        row.GetInt32("Done") ?? 0,
        row.GetInt64("Size"),
        row.GetDateTimeOffset("FinishedAt"),
        row.GetString("Error"));
}
