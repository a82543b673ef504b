using Azure.Storage.Queues;
using ContestServerless.Domain.Downloads;

using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Contest;

namespace ContestServerless.Functions.Storage;

public sealed class StorageBulkDownloadQueue(QueueServiceClient queues, ContestRecord contest) : IBulkDownloadQueue
{
    /// <summary>Read by the BuildBulkDownload queue trigger; a message is the contest's id and the download's id.</summary>
    public const string Queue = "bulk-downloads";

    public Task EnqueueAsync(string downloadId, CancellationToken cancellationToken) =>
        queues.GetQueueClient(Queue).SendMessageAsync(ContestJobs.Wrap(contest.Id, downloadId), cancellationToken);
}
