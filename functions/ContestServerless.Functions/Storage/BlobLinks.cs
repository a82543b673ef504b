using System.Net.Http.Headers;
using Azure.Storage.Blobs;
using Azure.Storage.Sas;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Shared access signatures for one blob (valet keys). Signed with the account key where the client has one
/// (Azurite), otherwise with a user-delegation key obtained through the managed identity (Azure, where shared
/// keys are off). One code path; the credential decides.
/// </summary>
public sealed class BlobLinks(BlobServiceClient service, TimeProvider clock)
{
    public async Task<Uri> CreateAsync(BlobClient blob, BlobSasPermissions permissions, DateTimeOffset expiresAt,
        string? downloadName, CancellationToken cancellationToken)
    {
        var sas = new BlobSasBuilder(permissions, expiresAt)
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Resource = "b",
            Protocol = blob.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
            ContentDisposition = downloadName is null ? null : Attachment(downloadName),
        };
        if (blob.CanGenerateSasUri) return blob.GenerateSasUri(sas);

        var key = await service.GetUserDelegationKeyAsync(clock.GetUtcNow().AddMinutes(-5), expiresAt, cancellationToken);
        return new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key.Value, service.AccountName) }.ToUri();
    }

    /// <summary>
    /// attachment; filename="ASCII fallback"; filename*=UTF-8''… (RFC 6266 / RFC 5987), so browsers save
    /// "Người thầy - Nguyễn Thị Lan.pdf" with its diacritics and older clients still get a usable name.
    /// </summary>
    public static string Attachment(string fileName)
    {
        var ascii = new string(Domain.Common.Text.Unaccent(fileName).Select(c => c is >= ' ' and < (char)127 and not ('"' or '\\') ? c : '_').ToArray());
        var header = new ContentDispositionHeaderValue("attachment") { FileName = $"\"{ascii}\"", FileNameStar = fileName };
        return header.ToString();
    }
}
