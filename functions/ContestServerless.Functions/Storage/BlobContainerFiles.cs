using Azure.Storage.Blobs;
using Azure.Storage.Sas;

namespace ContestServerless.Functions.Storage;

/// <summary>Files of one container that people download through a short-lived link, never through a function.</summary>
public abstract class BlobContainerFiles(BlobServiceClient service, string container, BlobLinks links)
{
    protected BlobContainerClient Container { get; } = service.GetBlobContainerClient(container);

    protected BlobLinks Links { get; } = links;

    public Task<long?> GetSizeAsync(string blobName, CancellationToken cancellationToken) =>
        Container.GetBlobClient(blobName).GetSizeOrNullAsync(cancellationToken);

    /// <summary>Read permission on this one blob only.</summary>
    public Task<Uri> CreateDownloadLinkAsync(string blobName, string downloadName, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        Links.CreateAsync(Container.GetBlobClient(blobName), BlobSasPermissions.Read, expiresAt, downloadName, cancellationToken);
}
