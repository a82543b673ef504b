using ContestServerless.Domain.Contest;
using Microsoft.Extensions.Options;

namespace ContestServerless.LocalHost;

/// <summary>
/// script/server's demo (LocalHost:DemoEntries above zero), so a newcomer sees the whole life of a contest: the
/// deployment's first contest (Sóc Trăng 2018, closed on its real dates) judged with its results published
/// (<see cref="DemoHistory"/>), or given entries if a stack runs it open; and Cần Thơ 2026 stored beside it as a second
/// contest, open (<see cref="DemoContest"/>), with its own register and entries. Runs after start-up stored the first
/// contest; every step looks at what is stored first, so a restart on the same data seeds nothing twice.
/// </summary>
public sealed class DemoSeed(
    IOptions<LocalHostOptions> options,
    IServiceProvider services,
    DemoHistory history,
    TimeProvider clock,
    ILogger<DemoSeed> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var count = options.Value.DemoEntries;
        if (count <= 0) return;
        try
        {
            var contests = services.GetRequiredService<ContestDirectory>();
            await contests.RefreshAsync(stoppingToken);
            var first = contests.Default;
            if (first.StatusAt(clock.GetUtcNow()) == ContestStatus.Closed)
            {
                if (await history.ReplayAsync(first, count, stoppingToken))
                    logger.LogInformation("Replayed the demo's contest {ContestId}: entries, judging, results published", first.Id);
            }
            else await AddEntriesAsync(first, count, stoppingToken);

            var canTho = await DemoContest.StoreCanThoAsync(services, clock, logger, stoppingToken);
            if (canTho.Id != first.Id) await AddEntriesAsync(canTho, count, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not seed the demo");
        }
    }

    private async Task AddEntriesAsync(ContestRecord contest, int count, CancellationToken cancellationToken)
    {
        // Entries are made in a scope of their own, as a request's are: the entry service reads the scope's contest.
        await using var scope = Choose(contest);
        var entries = new DemoEntries(scope.ServiceProvider);
        if (await entries.AnyAsync(cancellationToken)) return;
        await entries.AddRandomAsync(count, cancellationToken);
        logger.LogInformation("Seeded {ContestId} with {EntryCount} demo entries", contest.Id, count);
    }

    private AsyncServiceScope Choose(ContestRecord contest)
    {
        var scope = services.CreateAsyncScope();
        if (!scope.ServiceProvider.GetRequiredService<ContestChoice>().TryChoose(contest.Id))
            throw new InvalidOperationException($"Contest {contest.Id} is not stored.");
        return scope;
    }
}
