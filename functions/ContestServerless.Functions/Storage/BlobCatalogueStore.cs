using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Standing;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// The catalogue as one gzip'd JSON blob. The instance keeps the last snapshot it read or wrote with its ETag, so a
/// read is one conditional GET answered "304 Not Modified" until another writer changed it; 50,000 entries come to a
/// few megabytes compressed, read whole only when they changed.
/// </summary>
public sealed class BlobCatalogueStore(BlobServiceClient blobs, ContestContainers containers, KeptCatalogue kept) : ICatalogueStore
{
    public const string BlobName = "entries.json.gz";

    // The catalogue leaves out empty optional fields: it is read whole by every instance whose copy is stale.
    private static readonly JsonSerializerOptions Json = new(StoredJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private BlobClient Blob => blobs.GetBlobContainerClient(containers.Catalogue).GetBlobClient(BlobName);

    public async Task<CatalogueSnapshot?> ReadAsync(CancellationToken cancellationToken)
    {
        var known = kept.Snapshot;
        try
        {
            var conditions = known?.Version is { } version ? new BlobRequestConditions { IfNoneMatch = new ETag(version) } : null;
            var response = await Blob.DownloadStreamingAsync(new BlobDownloadOptions { Conditions = conditions }, cancellationToken);
            // "Not modified" comes back as a response without a value, not as an exception.
            if (response.GetRawResponse().Status == 304 && known is not null) return known;
            await using var content = response.Value.Content;
            await using var gzip = new GZipStream(content, CompressionMode.Decompress);
            var stored = await JsonSerializer.DeserializeAsync<StoredCatalogue>(gzip, Json, cancellationToken)
                ?? throw new InvalidDataException("The catalogue blob is empty.");
            var snapshot = new CatalogueSnapshot(stored.Entries, stored.Tallies, stored.UpdatedAt, response.Value.Details.ETag.ToString());
            kept.Snapshot = snapshot;
            return snapshot;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            kept.Snapshot = null;
            return null;
        }
    }

    public async Task<CatalogueSnapshot?> TryWriteAsync(CatalogueSnapshot snapshot, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            await JsonSerializer.SerializeAsync(gzip, new StoredCatalogue(snapshot.UpdatedAt, [.. snapshot.Rows.Values], [.. snapshot.Tallies.Values]), Json, cancellationToken);
        buffer.Position = 0;
        var conditions = snapshot.Version is { } version ? new BlobRequestConditions { IfMatch = new ETag(version) } : new BlobRequestConditions { IfNoneMatch = ETag.All };
        try
        {
            var written = await Blob.UploadAsync(buffer, new BlobUploadOptions
            {
                Conditions = conditions,
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json", ContentEncoding = "gzip" },
            }, cancellationToken);
            var stored = snapshot.WithVersion(written.Value.ETag.ToString());
            kept.Snapshot = stored;
            return stored;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return null;
        }
    }

    /// <summary>What the blob holds.</summary>
    private sealed record StoredCatalogue(DateTimeOffset UpdatedAt, IReadOnlyList<CatalogueRow> Entries, IReadOnlyList<UnitTally> Tallies);
}

/// <summary>
/// The catalogue as this instance last read or wrote it, one per contest for the life of the instance (held by
/// <see cref="ContestStorage"/>): the store is made per request scope, and a snapshot kept only there would make every
/// request download and parse the whole catalogue instead of one conditional GET answered 304.
/// </summary>
public sealed class KeptCatalogue
{
    private volatile CatalogueSnapshot? _snapshot;

    public CatalogueSnapshot? Snapshot
    {
        get => _snapshot;
        set => _snapshot = value;
    }
}
