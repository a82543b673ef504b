using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Setup;
using ContestServerless.Functions.Storage;

namespace ContestServerless.LocalHost;

/// <summary>
/// The demo's second contest, Cần Thơ 2026 (contests/can-tho-2026/contest.json), stored beside the deployment's first.
/// Its committed dates are those of a 2026 plan; a demo needs it open whatever day it runs, so when it is first stored
/// its window is moved around that day (Vietnam time): opened a week ago, quick report due in two weeks, closing in six
/// weeks. A restart on the same data keeps the stored dates, as it keeps everything else organizers may have edited.
/// </summary>
public static class DemoContest
{
    public const string CanThoFile = "contests/can-tho-2026/contest.json";

    /// <summary>Cần Thơ 2026 as committed, open around today.</summary>
    public static ContestOptions CanTho2026(TimeProvider clock)
    {
        var contest = ContestSetup.ReadContestFile(CanThoFile);
        OpenAround(contest, clock);
        return contest;
    }

    public static void OpenAround(ContestOptions contest, TimeProvider clock)
    {
        var today = VietnamTime.ToLocal(clock.GetUtcNow()).Date;
        var offset = VietnamTime.Zone.GetUtcOffset(today);
        DateTimeOffset At(DateTime day, int hour, int minute, int second) => new(day.Year, day.Month, day.Day, hour, minute, second, offset);

        contest.SubmissionOpensAt = At(today.AddDays(-7), 0, 0, 0);
        contest.QuickReportDueAt = At(today.AddDays(14), 23, 59, 59);
        contest.SubmissionClosesAt = At(today.AddDays(42), 17, 0, 0);
    }

    /// <summary>
    /// Stores Cần Thơ 2026 beside the contests stored, with tables and containers of its own, and fills its register, as
    /// creating a contest does; a contest already stored under its id is left as it is (and its register too, once filled).
    /// </summary>
    public static async Task<ContestRecord> StoreCanThoAsync(IServiceProvider services, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        var contests = services.GetRequiredService<ContestDirectory>();
        var settings = CanTho2026(clock);
        if (contests.Find(settings.Id) is not { } record)
        {
            if (settings.Check() is { Count: > 0 } failures) throw new InvalidOperationException(string.Join(" ", failures));
            var added = new ContestRecord(settings.Id, settings, "", null, ContestIds.StorageKeyFor(settings.Id, contests.All.Select(r => r.StorageKey)));
            await services.GetRequiredService<ContestStorage>().ProvisionAsync(added, cancellationToken);
            // Null when another start stored it first: the stored one stands.
            if (await services.GetRequiredService<IContestStore>().TryAddAsync(added, cancellationToken) is not null)
                logger.LogInformation("Stored the demo's second contest {ContestId}", settings.Id);
            await contests.RefreshAsync(cancellationToken);
            record = contests.Find(settings.Id) ?? throw new InvalidOperationException($"Contest {settings.Id} was not stored.");
        }

        await using var scope = services.CreateAsyncScope();
        if (!scope.ServiceProvider.GetRequiredService<ContestChoice>().TryChoose(record.Id))
            throw new InvalidOperationException($"Contest {record.Id} is not stored.");
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, record.Settings.UnitsFile));
        var units = UnitCsv.Parse(reader, record.Settings);
        if (await scope.ServiceProvider.GetRequiredService<IUnitRegister>().SeedAsync(units, cancellationToken))
            logger.LogInformation("Seeded the register of {ContestId} with {UnitCount} units", record.Id, units.Count);
        return record;
    }
}
