using Azure.Storage.Queues;
using ContestServerless.Domain.Entries;
using Microsoft.Extensions.Logging;

using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Contest;

namespace ContestServerless.Functions.Storage;

public sealed class StorageReceiptMailQueue(QueueServiceClient queues, ContestRecord contest, ILogger<StorageReceiptMailQueue> logger) : IReceiptMailQueue
{
    /// <summary>
    /// Read by the SendReceiptEmail queue trigger; a message is the contest's id and an entry id (<see cref="ContestJobs.Wrap"/>). Once the Functions host moves a message to
    /// the poison queue (after five failed attempts), the RequeueReceiptEmails timer takes over.
    /// </summary>
    public const string Queue = "receipt-emails";

    /// <summary>
    /// The entry is saved and owes its receipt by the time this runs, so a queue that fails here must not fail the
    /// submit: the timer queues the receipt again within minutes.
    /// </summary>
    public async Task EnqueueAsync(string entryId, CancellationToken cancellationToken)
    {
        if (await queues.TrySendAsync(Queue, ContestJobs.Wrap(contest.Id, entryId), cancellationToken) is { } failure)
            logger.LogWarning(failure, "Could not queue the receipt e-mail of entry {EntryId}; the timer will queue it again", entryId);
    }
}
