namespace ContestServerless.Functions.Storage;

/// <summary>Every queue the app uses, with its poison queue, for creating them at start and in Bicep.</summary>
public static class ContestQueues
{
    public static readonly IReadOnlyList<string> Names = [.. StorageBulkDownloadQueue.Queues, .. StorageReceiptMailQueue.Queues, .. StorageCatalogueQueue.Queues];
}
