using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Storage;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// Contests stored beside the deployment's first one directly through the services (as an organizer's create does:
/// tables provisioned, record added, directory refreshed), for tests that need several contests in one stack.
/// </summary>
public static class TestContests
{
    /// <summary>Stores a contest <paramref name="id"/> with the first contest's settings, changed by <paramref name="change"/>.</summary>
    public static async Task<ContestRecord> AddAsync(ContestStack stack, string id, string name, Action<ContestOptions>? change = null)
    {
        var services = stack.Services;
        var directory = services.GetRequiredService<ContestDirectory>();
        var settings = directory.Default.Settings.Copy();
        settings.Id = id;
        settings.Name = name;
        change?.Invoke(settings);
        var record = new ContestRecord(id, settings, "", null, ContestIds.StorageKeyFor(id, directory.All.Select(r => r.StorageKey)));
        await services.GetRequiredService<ContestStorage>().ProvisionAsync(record, CancellationToken.None);
        Assert.NotNull(await services.GetRequiredService<IContestStore>().TryAddAsync(record, CancellationToken.None));
        await directory.RefreshAsync(CancellationToken.None);
        return record;
    }
}
