using Azure.Storage.Queues;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Units;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// The two steps that make a deployment's storage ready, each idempotent. <see cref="ProvisionAsync"/> creates the
/// deployment's tables, the first contest's tables and containers, and the queues: in Azure the templates create them
/// (infra/modules/storage.bicep), locally <c>script/server</c> and the tests' stacks run it before serving, and no
/// instance runs it at start (a table that goes missing later is re-created, see <see cref="MissingStoreRecovery"/>).
/// <see cref="SeedAsync"/> stores the configured contest when no contest with its id is stored (never overwriting one:
/// organizers may have edited it) and fills its empty register from its units file (data/units.csv, or the one its
/// contest file names): <see cref="ContestsReady"/> runs it on the first request that finds no first contest, so a new
/// deployment, or an upgraded one, gets its first contest once and an instance's start touches no storage.
/// </summary>
public sealed class StorageInitializer(
    MissingStoreRecovery store,
    QueueServiceClient queues,
    IServiceScopeFactory scopes,
    IOptions<ContestOptions> configured,
    ContestDirectory contests,
    ILogger<StorageInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await ProvisionAsync(cancellationToken);
        await SeedAsync(cancellationToken);
    }

    public async Task ProvisionAsync(CancellationToken cancellationToken)
    {
        await store.EnsureTablesAsync(cancellationToken);
        await store.EnsureContainersAsync(cancellationToken);
        foreach (var queue in ContestQueues.Names)
            await queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
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
}
