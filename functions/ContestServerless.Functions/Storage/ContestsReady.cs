using ContestServerless.Domain.Contest;

namespace ContestServerless.Functions.Storage;

/// <summary>
/// What both hosts do before any function runs (HTTP, timer or queue): the contests read again when this instance's
/// copy is older than a few seconds (<see cref="ContestDirectory.RefreshIfStaleAsync"/>), and, the first time this
/// instance finds the deployment's first contest not stored (a new or upgraded deployment), the configured contest and
/// its register stored (<see cref="StorageInitializer.SeedAsync"/>), once. Instead of doing it at start: an instance
/// starts without a storage call, and the check costs nothing after the first request, whose contest read it shares.
/// </summary>
public sealed class ContestsReady(ContestDirectory contests, StorageInitializer initializer)
{
    private readonly SemaphoreSlim _seeding = new(1, 1);
    private volatile bool _seeded;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        await contests.RefreshIfStaleAsync(cancellationToken);
        if (_seeded) return;
        if (contests.Find(contests.DefaultId) is null)
        {
            await _seeding.WaitAsync(cancellationToken);
            try
            {
                if (!_seeded)
                {
                    await initializer.SeedAsync(cancellationToken);
                    await contests.RefreshAsync(cancellationToken);
                }
            }
            finally
            {
                _seeding.Release();
            }
        }
        _seeded = true;
    }
}
