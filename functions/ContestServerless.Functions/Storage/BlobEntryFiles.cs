using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using ContestServerless.Domain.Entries;
using Microsoft.Extensions.Options;

namespace ContestServerless.Functions.Storage;

public sealed class BlobEntryFiles(BlobServiceClient service, IOptions<StorageOptions> options, TimeProvider clock) : IEntryFiles
{
    private readonly BlobContainerClient _container = service.GetBlobContainerClient(options.Value.EntriesContainer);

    /// <summary>
    /// A SAS for this one blob with create permission only: it cannot read, list, delete or write any
    /// other blob. Signed with the account key where the client has one (Azurite), otherwise with a
    /// user-delegation key obtained through the managed identity (Azure, where shared keys are off).
    /// </summary>
    public async Task<Uri> CreateUploadLinkAsync(string blobName, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var blob = _container.GetBlobClient(blobName);
        var sas = new BlobSasBuilder(BlobSasPermissions.Create, expiresAt)
        {
            BlobContainerName = _container.Name,
            BlobName = blobName,
            Resource = "b",
            Protocol = blob.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
        };
        if (blob.CanGenerateSasUri) return blob.GenerateSasUri(sas);

        var now = clock.GetUtcNow();
        var key = await service.GetUserDelegationKeyAsync(now.AddMinutes(-5), expiresAt, cancellationToken);
        return new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key.Value, service.AccountName) }.ToUri();
    }

    public async Task<long?> GetSizeAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await _container.GetBlobClient(blobName).GetPropertiesAsync(cancellationToken: cancellationToken);
            return properties.Value.ContentLength;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public Task<Stream> OpenReadAsync(string blobName, CancellationToken cancellationToken) =>
        _container.GetBlobClient(blobName).OpenReadAsync(new BlobOpenReadOptions(allowModifications: false), cancellationToken);

    public Task DeleteAsync(string blobName, CancellationToken cancellationToken) =>
        _container.GetBlobClient(blobName).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
}
