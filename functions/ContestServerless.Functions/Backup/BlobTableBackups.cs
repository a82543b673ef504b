using System.Buffers;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using ContestServerless.Domain.Backup;
using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Storage;

namespace ContestServerless.Functions.Backup;

/// <summary>
/// Backups as gzip-compressed JSON-lines files in the backups container (<see cref="BackupFiles"/>), one per table and
/// day. A table is read a page at a time and written through a GZipStream into blocks of a block blob
/// (<see cref="StagedBlockStream"/>), so an instance holds one page and one block whatever the table's size. Used by the
/// daily timer and the admin function with the app's clients, and by <c>script/restore</c> with clients of its own.
/// </summary>
public sealed class BlobTableBackups(TableServiceClient tables, BlobContainerClient container, Func<IEnumerable<ContestRecord>> contests) : ITableBackups
{
    private const int PageSize = 1000;

    /// <summary>A transaction holds at most 100 changes of one partition and 4 MiB; rows' lines stand in for their size.</summary>
    private const int TransactionRows = 100;
    private const int TransactionBytes = 2 * 1024 * 1024;

    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public BlobTableBackups(TableServiceClient tables, BlobServiceClient blobs, StorageOptions options, ContestDirectory directory)
        : this(tables, blobs.GetBlobContainerClient(options.BackupsContainer), () => directory.All)
    {
    }

    public IReadOnlyList<string> TablesOfDeployment() =>
        [.. DeploymentTables.Names, .. contests().SelectMany(contest => ContestTables.NamesOf(contest.StorageKey))];

    public async Task<BackupManifest?> ManifestAsync(DateOnly day, CancellationToken cancellationToken)
    {
        try
        {
            var content = await container.GetBlobClient(BackupFiles.ManifestOf(day)).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<BackupManifest>(ManifestJson);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<BackedUpTable> BackUpTableAsync(DateOnly day, string table, CancellationToken cancellationToken)
    {
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var name = BackupFiles.FileOf(day, table);
        var blob = container.GetBlockBlobClient(name);
        if (await blob.ExistsAsync(cancellationToken))
        {
            var (rows, bytes, sha256) = await DescribeAsync(name, cancellationToken);
            return new BackedUpTable(table, name, rows, bytes, sha256);
        }

        await using var staged = new StagedBlockStream(blob);
        long count = 0;
        await using (var gzip = new GZipStream(staged, CompressionLevel.Optimal, leaveOpen: true))
        {
            var buffer = new ArrayBufferWriter<byte>(64 * 1024);
            await using var json = new Utf8JsonWriter(buffer);
            try
            {
                await foreach (var page in tables.GetTableClient(table).QueryAsync<TableEntity>(maxPerPage: PageSize, cancellationToken: cancellationToken).AsPages())
                {
                    foreach (var row in page.Values)
                    {
                        BackupRows.WriteLine(json, buffer, row);
                        count++;
                    }
                    await gzip.WriteAsync(buffer.WrittenMemory, cancellationToken);
                    buffer.ResetWrittenCount();
                }
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // A table never created (a contest whose tables were never used here): backed up as empty.
            }
        }
        var (written, hash) = await staged.CommitAsync(cancellationToken);
        return new BackedUpTable(table, name, count, written, hash);
    }

    public Task WriteManifestAsync(DateOnly day, BackupManifest manifest, CancellationToken cancellationToken) =>
        container.GetBlobClient(BackupFiles.ManifestOf(day)).UploadAsync(
            BinaryData.FromObjectAsJson(manifest, ManifestJson),
            new BlobUploadOptions
            {
                Conditions = new() { IfNoneMatch = ETag.All },
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            }, cancellationToken);

    public async Task<bool> IsIntactAsync(BackedUpTable file, CancellationToken cancellationToken)
    {
        await using var content = await container.GetBlobClient(file.File).OpenReadAsync(cancellationToken: cancellationToken);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken)) == file.Sha256;
    }

    public async Task<bool> HoldsRowsAsync(string table, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in tables.GetTableClient(table).QueryAsync<TableEntity>(maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken))
                return true;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
        return false;
    }

    public async Task<long> RestoreTableAsync(BackedUpTable file, string into, CancellationToken cancellationToken)
    {
        var table = tables.GetTableClient(into);
        await table.CreateIfNotExistsAsync(cancellationToken);
        var batch = new List<TableTransactionAction>(TransactionRows);
        var batchBytes = 0;
        long rows = 0;

        async Task SubmitAsync()
        {
            if (batch.Count == 0) return;
            await table.SubmitTransactionAsync(batch, cancellationToken);
            rows += batch.Count;
            batch.Clear();
            batchBytes = 0;
        }

        await foreach (var line in LinesAsync(file.File, cancellationToken))
        {
            var row = BackupRows.Read(line.Span);
            // A query answers a partition's rows together, so consecutive rows share a transaction until it is full.
            if (batch.Count == TransactionRows || batchBytes + line.Length > TransactionBytes
                || (batch.Count > 0 && batch[0].Entity.PartitionKey != row.PartitionKey))
                await SubmitAsync();
            batch.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, row));
            batchBytes += line.Length;
        }
        await SubmitAsync();
        return rows;
    }

    private async Task<(long Rows, long Bytes, string Sha256)> DescribeAsync(string name, CancellationToken cancellationToken)
    {
        long rows = 0;
        await foreach (var _ in LinesAsync(name, cancellationToken)) rows++;
        var properties = await container.GetBlobClient(name).GetPropertiesAsync(cancellationToken: cancellationToken);
        await using var content = await container.GetBlobClient(name).OpenReadAsync(cancellationToken: cancellationToken);
        return (rows, properties.Value.ContentLength, Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken)));
    }

    /// <summary>The file's lines as UTF-8, read through the blob's stream and a GZipStream, one line at a time.</summary>
    private async IAsyncEnumerable<ReadOnlyMemory<byte>> LinesAsync(string name,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var content = await container.GetBlobClient(name).OpenReadAsync(cancellationToken: cancellationToken);
        await using var gzip = new GZipStream(content, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
            if (line.Length > 0) yield return System.Text.Encoding.UTF8.GetBytes(line);
    }
}
