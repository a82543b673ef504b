using Azure.Storage.Queues;
using ContestServerless.Domain.Anthology;
using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Contest;

namespace ContestServerless.Functions.Storage;

public sealed class StorageAnthologyQueue(QueueServiceClient queues, ContestRecord contest) : IAnthologyQueue
{
    /// <summary>Read by the BuildAnthology queue trigger; a message is the contest's id and the build's id.</summary>
    public const string Queue = "anthologies";

    public Task EnqueueAsync(string buildId, CancellationToken cancellationToken) =>
        queues.GetQueueClient(Queue).SendMessageAsync(ContestJobs.Wrap(contest.Id, buildId), cancellationToken);
}
