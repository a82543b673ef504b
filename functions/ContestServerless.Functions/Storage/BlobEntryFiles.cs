using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using ContestServerless.Domain.Entries;
using Microsoft.Extensions.Options;

namespace ContestServerless.Functions.Storage;

public sealed class BlobEntryFiles(BlobServiceClient service, IOptions<StorageOptions> options, BlobLinks links) : IEntryFiles
{
    private readonly BlobContainerClient _container = service.GetBlobContainerClient(options.Value.EntriesContainer);

    /// <summary>Create permission only: the link cannot read, list, delete or write any other blob.</summary>
    public Task<Uri> CreateUploadLinkAsync(string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        links.CreateAsync(_container.GetBlobClient(blobName), BlobSasPermissions.Create, expiresAt, null, cancellationToken);

    /// <summary>Read permission on this one blob only.</summary>
    public Task<Uri> CreateDownloadLinkAsync(string blobName, string downloadName, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        links.CreateAsync(_container.GetBlobClient(blobName), BlobSasPermissions.Read, expiresAt, downloadName, cancellationToken);

    public Task<long?> GetSizeAsync(string blobName, CancellationToken cancellationToken) =>
        _container.GetBlobClient(blobName).GetSizeOrNullAsync(cancellationToken);

    public Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken) =>
        _container.GetBlobClient(blobName).OpenReadAsync(new BlobOpenReadOptions(allowModifications: false), cancellationToken);

    public Task DeleteAsync(string blobName, CancellationToken cancellationToken) =>
        _container.GetBlobClient(blobName).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
}
