using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;

namespace ContestServerless.LocalHost;

/// <summary>
/// Lets the site's pages upload straight to Azurite, as infra/ lets them upload to Blob storage in Azure: part of the
/// provisioning this host plays (<see cref="LocalHostOptions.Provision"/>). The blob client is asked of
/// <paramref name="services"/> only then, so a host playing a deployed instance makes no storage client as it starts.
/// </summary>
public sealed class AzuriteCors(IServiceProvider services, IOptions<LocalHostOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Provision) return;
        var blobs = services.GetRequiredService<BlobServiceClient>();
        var properties = (await blobs.GetPropertiesAsync(cancellationToken)).Value;
        properties.Cors =
        [
            new BlobCorsRule
            {
                AllowedOrigins = string.Join(',', options.Value.SiteOrigins),
                AllowedMethods = "PUT,OPTIONS",
                AllowedHeaders = "content-type,x-ms-blob-type,x-ms-version,x-ms-client-request-id",
                ExposedHeaders = "etag,x-ms-request-id",
                MaxAgeInSeconds = 3600,
            },
        ];
        await blobs.SetPropertiesAsync(properties, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
