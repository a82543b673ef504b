using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Storage;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Entries;

/// <summary>The entries' timer and queue triggers: clearing abandoned entries and sending the receipts owed.</summary>
public sealed class EntryJobs(AbandonedEntryCleanup cleanup, ReceiptMailService receipts, ReceiptMailRequeue requeue, ILogger<EntryJobs> logger)
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
        var deleted = await cleanup.RunAsync(cancellationToken);
        logger.LogInformation("Cleared {Deleted} abandoned entries and their uploads", deleted);
    }

    /// <summary>
    /// Sends an entry's receipt e-mail, queued by submit. A send the mail service refuses fails the function, so the
    /// queue tries again; after five attempts the message goes to the poison queue and the receipt, still owed, is
    /// queued again by <see cref="RequeueReceiptEmails"/>.
    /// </summary>
    [Function("SendReceiptEmail")]
    public async Task SendReceiptEmail(
        [QueueTrigger(StorageReceiptMailQueue.Queue, Connection = "Storage")] string entryId,
        CancellationToken cancellationToken)
    {
        var outcome = await receipts.SendAsync(entryId, cancellationToken);
        logger.LogInformation("Receipt e-mail of entry {EntryId}: {Outcome}", entryId, outcome);
        if (outcome == ReceiptMailOutcome.Failed)
            throw new ReceiptMailFailedException($"The receipt e-mail of entry {entryId} was not accepted; it stays owed.");
    }

    /// <summary>
    /// Every five minutes, queues again the receipt e-mails still owed after a few minutes: those whose message went
    /// to the poison queue during a mail service outage, whose message was never queued, or whose sender died.
    /// </summary>
    [Function("RequeueReceiptEmails")]
    public async Task RequeueReceiptEmails([TimerTrigger(RequeueSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var requeued = await requeue.RequeueStuckAsync(cancellationToken);
        if (requeued > 0) logger.LogWarning("Queued {Count} owed receipt e-mails again", requeued);
    }
}

/// <summary>Fails a queued send on purpose, so the queue retries it (the receipt stays owed meanwhile).</summary>
public sealed class ReceiptMailFailedException(string message) : Exception(message);
