using Azure;
using Azure.Storage.Queues;
using ContestServerless.Domain.Entries;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Storage;

public sealed class StorageReceiptMailQueue(QueueServiceClient queues, ILogger<StorageReceiptMailQueue> logger) : IReceiptMailQueue
{
    /// <summary>Read by the SendReceiptEmail queue trigger; a message is an entry id.</summary>
    public const string Queue = "receipt-emails";

    /// <summary>Where the Functions host moves a message after five failed attempts; the RequeueReceiptEmails timer takes over.</summary>
    public const string PoisonQueue = Queue + "-poison";

    public static readonly IReadOnlyList<string> Queues = [Queue, PoisonQueue];

    /// <summary>
    /// The entry is saved and owes its receipt by the time this runs, so a queue that fails here must not fail the
    /// submit: the timer queues the receipt again within minutes.
    /// </summary>
    public async Task EnqueueAsync(string entryId, CancellationToken cancellationToken)
    {
        try
        {
            await queues.GetQueueClient(Queue).SendMessageAsync(entryId, cancellationToken);
        }
        catch (RequestFailedException e)
        {
            logger.LogWarning(e, "Could not queue the receipt e-mail of entry {EntryId}; the timer will queue it again", entryId);
        }
    }
}
