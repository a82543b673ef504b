using ContestServerless.Functions.Storage;
using Microsoft.Extensions.Options;

namespace ContestServerless.LocalHost;

/// <summary>
/// The deployment's part, played locally before the host serves: in Azure the templates create the tables, containers
/// and queues and no instance does; here, Azurite starts empty, so script/server and the tests' stacks provision it
/// (and seed the first contest and its register) as the host starts, unless <see cref="LocalHostOptions.Provision"/>
/// is off to play a deployed instance exactly. Then not even the storage clients are made before the first request
/// (the initializer is asked of <paramref name="services"/> only to provision), as a deployed instance makes none
/// before its own: building the Azure SDK's clients is a good part of a cold start (script/bench startup).
/// </summary>
public sealed class LocalProvisioning(IServiceProvider services, IOptions<LocalHostOptions> options, ILogger<LocalProvisioning> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Provision)
        {
            logger.LogInformation("Storage is not provisioned at start (LocalHost:Provision is off), as in Azure");
            return;
        }
        await services.GetRequiredService<StorageInitializer>().InitializeAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
