using ContestServerless.Domain.Contest;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// What both hosts do before any function runs (HTTP, timer or queue): the contests read again when this instance's
/// copy is older than a few seconds (<see cref="ContestDirectory.RefreshIfStaleAsync"/>), and, when the deployment's
/// first contest is not stored (a new or upgraded deployment), the configured contest and its register stored
/// (<see cref="StorageInitializer.SeedAsync"/>), once. Instead of doing it at start: an instance starts without a
/// storage call, and the check is a lookup in the copy the first request reads anyway.
/// </summary>
public sealed class ContestsReady(ContestDirectory contests, StorageInitializer initializer)
{
    private readonly SemaphoreSlim _seeding = new(1, 1);

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        await contests.RefreshIfStaleAsync(cancellationToken);
        if (contests.Find(contests.DefaultId) is not null) return;
        await _seeding.WaitAsync(cancellationToken);
        try
        {
            // Another request of this instance may have seeded it while this one waited.
            if (contests.Find(contests.DefaultId) is not null) return;
            await initializer.SeedAsync(cancellationToken);
            await contests.RefreshAsync(cancellationToken);
        }
        finally
        {
            _seeding.Release();
        }
    }
}
