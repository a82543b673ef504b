using Azure.Storage.Queues;
using ContestServerless.Domain.Downloads;

namespace ContestServerless.Functions.Storage;

public sealed class StorageBulkDownloadQueue(QueueServiceClient queues) : IBulkDownloadQueue
{
    /// <summary>Read by the BuildBulkDownload queue trigger.</summary>
    public const string Queue = "bulk-downloads";

    public Task EnqueueAsync(string downloadId, CancellationToken cancellationToken) =>
        queues.GetQueueClient(Queue).SendMessageAsync(downloadId, cancellationToken);
}
