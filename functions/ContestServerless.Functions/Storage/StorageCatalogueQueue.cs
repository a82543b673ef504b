using System.Text.Json;
using Azure;
using Azure.Storage.Queues;
using ContestServerless.Domain.Catalogue;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Storage;

public sealed class StorageCatalogueQueue(QueueServiceClient queues, ILogger<StorageCatalogueQueue> logger) : ICatalogueQueue
{
    /// <summary>Read by the ProjectCatalogue queue trigger; a message is a <see cref="CatalogueChange"/> as JSON.</summary>
    public const string Queue = "catalogue-changes";

    public const string PoisonQueue = Queue + "-poison";

    public static readonly IReadOnlyList<string> Queues = [Queue, PoisonQueue];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(CatalogueChange change) => JsonSerializer.Serialize(change, Json);

    public static CatalogueChange? Read(string message) => JsonSerializer.Deserialize<CatalogueChange>(message, Json);

    /// <summary>The partition already took the change, so a queue that fails here must not fail it: the catalogue then lags until a rebuild.</summary>
    public async Task EnqueueAsync(CatalogueChange change, CancellationToken cancellationToken)
    {
        try
        {
            await queues.GetQueueClient(Queue).SendMessageAsync(Write(change), cancellationToken);
        }
        catch (RequestFailedException e)
        {
            logger.LogWarning(e, "Could not queue the catalogue change of entry {EntryId} in {UnitId}; a rebuild will bring it in", change.EntryId, change.UnitId);
        }
    }
}
