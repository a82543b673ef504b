using Azure.Storage.Queues;
using ContestServerless.Functions.Storage;

namespace ContestServerless.Tests.Infrastructure;

/// <summary>
/// The organizers' list and dashboard read the catalogue, which follows the entries by seconds. Tests that read
/// them after a change wait until the projector has taken every queued change (a message being handled still
/// counts in the queue's length until it is deleted).
/// </summary>
public static class CatalogueSync
{
    public static Task CatalogueCaughtUpAsync(this ContestStack stack)
    {
        var queue = stack.Services.GetRequiredService<QueueServiceClient>().GetQueueClient(StorageCatalogueQueue.Queue);
        return Eventually.WaitAsync(async () =>
        {
            if (!(await queue.ExistsAsync()).Value) return true;
            return (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0;
        }, "the catalogue to take every queued change");
    }
}
