using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using ContestServerless.Domain.Entries;
using Microsoft.Extensions.Options;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Uploads land in the uploads container (cleared of anything older than a few days by a lifecycle rule in
/// Azure); verified files are copied into the entries container, which keeps versions and soft-deleted blobs.
/// </summary>
public sealed class BlobEntryFiles(BlobServiceClient service, IOptions<StorageOptions> options, BlobLinks links, TimeProvider clock) : IEntryFiles
{
    private static readonly TimeSpan CopyLinkLifetime = TimeSpan.FromMinutes(5);
    private readonly BlobContainerClient _uploads = service.GetBlobContainerClient(options.Value.UploadsContainer);
    private readonly BlobContainerClient _entries = service.GetBlobContainerClient(options.Value.EntriesContainer);

    /// <summary>Create permission only: the link cannot read, list, delete, overwrite or write any other blob.</summary>
    public Task<Uri> CreateUploadLinkAsync(string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        links.CreateAsync(_uploads.GetBlobClient(blobName), BlobSasPermissions.Create, expiresAt, null, cancellationToken);

    public Task<long?> GetUploadSizeAsync(string blobName, CancellationToken cancellationToken) =>
        _uploads.GetBlobClient(blobName).GetSizeOrNullAsync(cancellationToken);

    public Task<Stream> OpenUploadAsync(string blobName, CancellationToken cancellationToken) =>
        _uploads.GetBlobClient(blobName).OpenReadAsync(new BlobOpenReadOptions(allowModifications: false), cancellationToken);

    public Task DiscardUploadAsync(string blobName, CancellationToken cancellationToken) =>
        _uploads.GetBlobClient(blobName).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);

    /// <summary>
    /// A server-side copy authorized by a short read link on the upload, so it works alike with an account key
    /// and with a managed identity. Only when the entry has no file yet: a repeat creates no new version.
    /// </summary>
    public async Task KeepUploadAsync(string blobName, CancellationToken cancellationToken)
    {
        var source = await links.CreateAsync(_uploads.GetBlobClient(blobName), BlobSasPermissions.Read,
            clock.GetUtcNow() + CopyLinkLifetime, null, cancellationToken);
        try
        {
            await _entries.GetBlobClient(blobName).SyncCopyFromUriAsync(source,
                new BlobCopyFromUriOptions { DestinationConditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409 && e.ErrorCode == BlobErrorCode.BlobAlreadyExists)
        {
        }
    }

    public Task<long?> GetSizeAsync(string blobName, CancellationToken cancellationToken) =>
        _entries.GetBlobClient(blobName).GetSizeOrNullAsync(cancellationToken);

    public Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken) =>
        _entries.GetBlobClient(blobName).OpenReadAsync(new BlobOpenReadOptions(allowModifications: false), cancellationToken);

    /// <summary>Read permission on this one blob only.</summary>
    public Task<Uri> CreateDownloadLinkAsync(string blobName, string downloadName, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        links.CreateAsync(_entries.GetBlobClient(blobName), BlobSasPermissions.Read, expiresAt, downloadName, cancellationToken);
}
