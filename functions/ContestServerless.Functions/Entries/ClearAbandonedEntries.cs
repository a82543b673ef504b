using ContestServerless.Domain.Entries;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Entries;

/// <summary>
/// Hourly, deletes entries never submitted and their uploads once older than EntryCleanup:AbandonedAfter. The
/// schedule is fixed: unlike the reminders, nobody needs this to happen at a given hour.
/// </summary>
public sealed class ClearAbandonedEntries(AbandonedEntryCleanup cleanup, ILogger<ClearAbandonedEntries> logger)
{
    [Function(nameof(ClearAbandonedEntries))]
    public async Task Run([TimerTrigger(EntryCleanupOptions.Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var deleted = await cleanup.RunAsync(cancellationToken);
        logger.LogInformation("Cleared {Deleted} abandoned entries and their uploads", deleted);
    }
}
