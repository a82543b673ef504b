using ContestServerless.Domain.Entries;
using ContestServerless.Functions.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Entries;

/// <summary>
/// Sends an entry's receipt e-mail, queued by submit. A send the mail service refuses fails the function, so the
/// queue tries again; after five attempts the message goes to the poison queue and the receipt, still owed, is
/// queued again by <see cref="RequeueReceiptEmails"/>.
/// </summary>
public sealed class SendReceiptEmail(ReceiptMailService receipts, ILogger<SendReceiptEmail> logger)
{
    [Function(nameof(SendReceiptEmail))]
    public async Task Run(
        [QueueTrigger(StorageReceiptMailQueue.Queue, Connection = "Storage")] string entryId,
        CancellationToken cancellationToken)
    {
        var outcome = await receipts.SendAsync(entryId, cancellationToken);
        logger.LogInformation("Receipt e-mail of entry {EntryId}: {Outcome}", entryId, outcome);
        if (outcome == ReceiptMailOutcome.Failed)
            throw new ReceiptMailFailedException($"The receipt e-mail of entry {entryId} was not accepted; it stays owed.");
    }
}
