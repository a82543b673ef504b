using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using ContestServerless.Domain.Downloads;
using Microsoft.Extensions.Options;

namespace ContestServerless.Functions.Storage;

/// <summary>ZIPs (and anthologies) the product builds, in their own container (a lifecycle rule removes old ones in Azure).</summary>
public sealed class BlobExportFiles(BlobServiceClient service, ContestContainers containers, BlobLinks links)
    : BlobContainerFiles(service, containers.Exports, links), IExportFiles
{
    /// <summary>Blocks are uploaded as the stream fills (4 MiB buffer); the blob appears when the stream is disposed.</summary>
    public Task<Stream> OpenWriteAsync(string blobName, CancellationToken cancellationToken) =>
        Container.GetBlockBlobClient(blobName).OpenWriteAsync(overwrite: true, new BlockBlobOpenWriteOptions
        {
            BufferSize = 4 * 1024 * 1024,
            HttpHeaders = new BlobHttpHeaders { ContentType = blobName.EndsWith(".docx", StringComparison.Ordinal) ? Anthology.AnthologyBook.ContentType : "application/zip" },
        }, cancellationToken);
}
