using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Sas;
using ContestServerless.Domain.Downloads;
using Microsoft.Extensions.Options;

namespace ContestServerless.Functions.Storage;

/// <summary>ZIPs the product builds, in their own container (a lifecycle rule removes old ones in Azure).</summary>
public sealed class BlobExportFiles(BlobServiceClient service, IOptions<StorageOptions> options, BlobLinks links) : IExportFiles
{
    private readonly BlobContainerClient _container = service.GetBlobContainerClient(options.Value.ExportsContainer);

    /// <summary>Blocks are uploaded as the stream fills (4 MiB buffer); the blob appears when the stream is disposed.</summary>
    public Task<Stream> OpenWriteAsync(string blobName, CancellationToken cancellationToken) =>
        _container.GetBlockBlobClient(blobName).OpenWriteAsync(overwrite: true, new BlockBlobOpenWriteOptions
        {
            BufferSize = 4 * 1024 * 1024,
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/zip" },
        }, cancellationToken);

    public Task<long?> GetSizeAsync(string blobName, CancellationToken cancellationToken) =>
        _container.GetBlobClient(blobName).GetSizeOrNullAsync(cancellationToken);

    public Task<Uri> CreateDownloadLinkAsync(string blobName, string downloadName, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        links.CreateAsync(_container.GetBlobClient(blobName), BlobSasPermissions.Read, expiresAt, downloadName, cancellationToken);
}
