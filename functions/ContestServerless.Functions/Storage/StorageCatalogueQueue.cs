using System.Text.Json;
using Azure.Storage.Queues;
using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Entries;
using Microsoft.Extensions.Logging;

using ContestServerless.Domain.Contest;
using ContestServerless.Functions.Contest;

namespace ContestServerless.Functions.Storage;

public sealed class StorageCatalogueQueue(QueueServiceClient queues, ContestRecord contest, ILogger<StorageCatalogueQueue> logger) : ICatalogueQueue
{
    /// <summary>Read by the ProjectCatalogue queue trigger; a message is the contest's id and a <see cref="CatalogueChange"/> as JSON (<see cref="ContestJobs.Wrap"/>).</summary>
    public const string Queue = "catalogue-changes";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(CatalogueChange change) => JsonSerializer.Serialize(change, Json);

    public static CatalogueChange? Read(string message) => JsonSerializer.Deserialize<CatalogueChange>(message, Json);

    /// <summary>The partition already took the change, so a queue that fails here must not fail it: the catalogue then lags until a rebuild.</summary>
    public async Task EnqueueAsync(CatalogueChange change, CancellationToken cancellationToken)
    {
        if (await queues.TrySendAsync(Queue, ContestJobs.Wrap(contest.Id, Write(change)), cancellationToken) is { } failure)
            logger.LogWarning(failure, "Could not queue the catalogue change of entry {EntryId} in {UnitId}; a rebuild will bring it in", change.EntryId, change.UnitId);
    }
}

public static class CatalogueQueueExtensions
{
    /// <summary>Tells the catalogue's projector an entry changed, once its partition took the change (<paramref name="saved"/>).</summary>
    public static async Task<bool> ChangedIfAsync(this ICatalogueQueue catalogue, bool saved, Entry entry, CancellationToken cancellationToken)
    {
        if (saved) await catalogue.ChangedAsync(entry, cancellationToken);
        return saved;
    }

    public static Task ChangedAsync(this ICatalogueQueue catalogue, Entry entry, CancellationToken cancellationToken) =>
        catalogue.EnqueueAsync(new CatalogueChange(entry.UnitId, entry.Id), cancellationToken);
}
