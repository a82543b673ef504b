using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ContestServerless.Functions.Contest;

namespace ContestServerless.Functions.Entries;

/// <summary>
/// The entries' timer and queue triggers: clearing abandoned entries and sending the receipts owed, each in the scope of
/// the contest concerned (<see cref="ContestJobs"/>).
/// </summary>
public sealed class EntryJobs(ContestJobs contests, ILogger<EntryJobs> logger)
{
    /// <summary>NCRONTAB with seconds (UTC): every five minutes, as often as <see cref="ReceiptMailService.RequeueAfter"/> is long.</summary>
    public const string RequeueSchedule = "0 */5 * * * *";

    /// <summary>
    /// Hourly, deletes entries never submitted and their uploads once older than EntryCleanup:AbandonedAfter. The
    /// schedule is fixed: unlike the reminders, nobody needs this to happen at a given hour.
    /// </summary>
    [Function("ClearAbandonedEntries")]
    public async Task ClearAbandonedEntries([TimerTrigger(EntryCleanupOptions.Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        // An archived contest's work is closed: nothing is being uploaded into it.
        await contests.ForEachAsync(contest => contest.Archived is null, async (scope, contest) =>
        {
            var deleted = await scope.GetRequiredService<AbandonedEntryCleanup>().RunAsync(cancellationToken);
            logger.LogInformation("Cleared {Deleted} abandoned entries and their uploads of contest {ContestId}", deleted, contest.Id);
        });
    }

    /// <summary>
    /// Sends an entry's receipt e-mail, queued by submit. A send the mail service refuses fails the function, so the
    /// queue tries again; after five attempts the message goes to the poison queue and the receipt, still owed, is
    /// queued again by <see cref="RequeueReceiptEmails"/>.
    /// </summary>
    [Function("SendReceiptEmail")]
    public async Task SendReceiptEmail(
        [QueueTrigger(StorageReceiptMailQueue.Queue, Connection = "Storage")] string message,
        CancellationToken cancellationToken)
    {
        var known = await contests.RunForMessageAsync(message, async (scope, entryId) =>
        {
            var outcome = await scope.GetRequiredService<ReceiptMailService>().SendAsync(entryId, cancellationToken);
            logger.LogInformation("Receipt e-mail of entry {EntryId}: {Outcome}", entryId, outcome);
            if (outcome == ReceiptMailOutcome.Failed)
                throw new ReceiptMailFailedException($"The receipt e-mail of entry {entryId} was not accepted; it stays owed.");
        });
        if (!known) logger.LogWarning("Dropped a receipt message of a contest that no longer exists: {Message}", message);
    }

    /// <summary>
    /// Every five minutes, queues again the receipt e-mails still owed after a few minutes: those whose message went
    /// to the poison queue during a mail service outage, whose message was never queued, or whose sender died.
    /// </summary>
    [Function("RequeueReceiptEmails")]
    public async Task RequeueReceiptEmails([TimerTrigger(RequeueSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        await contests.ForEachAsync(_ => true, async (scope, contest) =>
        {
            var requeued = await scope.GetRequiredService<ReceiptMailRequeue>().RequeueStuckAsync(cancellationToken);
            if (requeued > 0) logger.LogWarning("Queued {Count} owed receipt e-mails of contest {ContestId} again", requeued, contest.Id);
        });
    }
}

/// <summary>Fails a queued send on purpose, so the queue retries it (the receipt stays owed meanwhile).</summary>
public sealed class ReceiptMailFailedException(string message) : Exception(message);
