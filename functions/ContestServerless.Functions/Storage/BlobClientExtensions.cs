using Azure;
using Azure.Storage.Blobs;

namespace ContestServerless.Functions.Storage;

public static class BlobClientExtensions
{
    /// <summary>The blob's size, or null when it does not exist.</summary>
    public static async Task<long?> GetSizeOrNullAsync(this BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value.ContentLength;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
