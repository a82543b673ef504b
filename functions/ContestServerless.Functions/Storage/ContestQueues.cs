using Azure;
using Azure.Storage.Queues;

namespace ContestServerless.Functions.Storage;

public static class ContestQueues
{
    /// <summary>
    /// Every queue the app uses, each with the poison queue the Functions host moves a message to after five failed
    /// attempts, for creating them at start and in Bicep.
    /// </summary>
    public static readonly IReadOnlyList<string> Names =
        [.. new[] { StorageBulkDownloadQueue.Queue, StorageReceiptMailQueue.Queue, StorageCatalogueQueue.Queue, StorageBroadcastQueue.Queue, StorageAnthologyQueue.Queue }.SelectMany(queue => new[] { queue, queue + "-poison" })];

    /// <summary>
    /// Sends a message whose work is already recorded elsewhere, so a queue that fails must not fail the caller: the
    /// failure comes back for the caller to log, and a timer or a rebuild picks the work up.
    /// </summary>
    public static async Task<RequestFailedException?> TrySendAsync(this QueueServiceClient queues, string queue, string message, CancellationToken cancellationToken)
    {
        try
        {
            await queues.GetQueueClient(queue).SendMessageAsync(message, cancellationToken);
            return null;
        }
        catch (RequestFailedException e)
        {
            return e;
        }
    }
}
