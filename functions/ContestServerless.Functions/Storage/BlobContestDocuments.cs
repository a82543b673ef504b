using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Document files in each contest's own documents container: the public route names its contest in its path, so the
/// container is found from the contest asked for, not from the request's working contest.
/// </summary>
public sealed class BlobContestDocuments(BlobServiceClient service, ContestStorage storage, BlobLinks links) : IContestDocumentFiles
{
    private BlobClient Blob(ContestRecord contest, string blobName) =>
        service.GetBlobContainerClient(storage.ContainersOf(contest).Documents).GetBlobClient(blobName);

    /// <summary>Create permission only: storage answers 403 to a second write, so a served file never changes under its address.</summary>
    public Task<Uri> CreateUploadLinkAsync(ContestRecord contest, string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        links.CreateAsync(Blob(contest, blobName), BlobSasPermissions.Create, expiresAt, null, cancellationToken);

    public async Task<UploadedFile?> OpenUploadAsync(ContestRecord contest, string blobName, CancellationToken cancellationToken)
    {
        var opened = await RangedBlobStream.OpenAsync(Blob(contest, blobName), RangedBlobStream.DefaultBlockSize, cancellationToken);
        if (opened is not var (stream, md5)) return null;
        return new UploadedFile(stream.Length, md5 is { Length: 16 } ? Convert.ToHexStringLower(md5) : null, stream);
    }

    public Task MarkServedAsPdfAsync(ContestRecord contest, string blobName, CancellationToken cancellationToken) =>
        Blob(contest, blobName).SetHttpHeadersAsync(
            new BlobHttpHeaders { ContentType = "application/pdf", ContentDisposition = "inline" }, cancellationToken: cancellationToken);

    public Task DiscardAsync(ContestRecord contest, string blobName, CancellationToken cancellationToken) =>
        Blob(contest, blobName).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);

    public async Task<Uri?> CreateReadLinkAsync(ContestRecord contest, string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var blob = Blob(contest, blobName);
        if (await blob.GetSizeOrNullAsync(cancellationToken) is null) return null;
        return await links.CreateAsync(blob, BlobSasPermissions.Read, expiresAt, null, cancellationToken);
    }
}
