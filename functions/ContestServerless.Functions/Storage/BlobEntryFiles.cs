using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using ContestServerless.Domain.Entries;
using Microsoft.Extensions.Options;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Entry files live in the entries container from the moment they are uploaded: the browser's link creates the
/// entry's own blob, submit checks it there with a few ranged reads, and nothing is copied. The container keeps
/// versions and soft-deleted blobs in Azure, so a received file deleted or overwritten by mistake can be recovered.
/// </summary>
public sealed class BlobEntryFiles(BlobServiceClient service, ContestContainers containers, BlobLinks links)
    : BlobContainerFiles(service, containers.Entries, links), IEntryFiles
{
    /// <summary>
    /// Create permission only: the link cannot read, list, delete or write any other blob, and cannot overwrite
    /// this one once it exists (storage answers 403), so a received file never changes under its entry.
    /// </summary>
    public Task<Uri> CreateUploadLinkAsync(string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        Links.CreateAsync(Container.GetBlobClient(blobName), BlobSasPermissions.Create, expiresAt, null, cancellationToken);

    public async Task<UploadedFile?> OpenUploadAsync(string blobName, CancellationToken cancellationToken)
    {
        var opened = await RangedBlobStream.OpenAsync(Container.GetBlobClient(blobName), RangedBlobStream.DefaultBlockSize, cancellationToken);
        if (opened is not var (stream, md5)) return null;
        return new UploadedFile(stream.Length, md5 is { Length: 16 } ? Convert.ToHexStringLower(md5) : null, stream);
    }

    public Task DiscardUploadAsync(string blobName, CancellationToken cancellationToken) =>
        Container.GetBlobClient(blobName).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);

    public Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken) =>
        Container.GetBlobClient(blobName).OpenReadAsync(new BlobOpenReadOptions(allowModifications: false), cancellationToken);
}
