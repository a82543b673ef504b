using Azure.Storage.Queues;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Units;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// Creates the deployment's tables, the default contest's tables and containers, and the queues if they are missing (tables and containers are also re-created
/// whenever one goes missing later, see <see cref="MissingStoreRecovery"/>), stores the configured contest when no
/// contest with its id is stored (never overwriting one: organizers may have edited it), loads the contests, and fills
/// an empty unit register from the contest's units file (data/units.csv, or the one its contest file names). Idempotent, so every
/// instance may run it at start, and an upgraded deployment's first start turns its configured contest into a record.
/// </summary>
public sealed class StorageInitializer(
    MissingStoreRecovery store,
    QueueServiceClient queues,
    IServiceScopeFactory scopes,
    IOptions<ContestOptions> configured,
    ContestDirectory contests,
    ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await store.EnsureTablesAsync(cancellationToken);
        await store.EnsureContainersAsync(cancellationToken);
        foreach (var queue in ContestQueues.Names)
            await queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);

        if (await contests.SeedAsync(configured.Value, cancellationToken))
            logger.LogInformation("Stored the configured contest {ContestId}", configured.Value.Id);
        var contest = contests.Default.Settings;
        // A scope of the default contest, whose register is the one the configured units file fills.
        await using var scope = scopes.CreateAsyncScope();
        var units = scope.ServiceProvider.GetRequiredService<IUnitRegister>();

        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, contest.UnitsFile));
        var seed = UnitCsv.Parse(reader, contest);
        if (await units.SeedAsync(seed, cancellationToken))
            logger.LogInformation("Seeded the unit register with {UnitCount} units from {UnitsFile}", seed.Count, contest.UnitsFile);
    }

    Task IHostedService.StartAsync(CancellationToken cancellationToken) => InitializeAsync(cancellationToken);

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
