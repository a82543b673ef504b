using ContestServerless.Domain.Catalogue;
using ContestServerless.Functions.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Catalogue;

/// <summary>
/// Brings a change in a unit's partition (queued by the entry store after its write) into the catalogue. A failure
/// throws, so the queue tries again; a message that keeps failing goes to the poison queue and waits for a rebuild.
/// </summary>
public sealed class ProjectCatalogue(CatalogueProjector projector, ILogger<ProjectCatalogue> logger)
{
    [Function(nameof(ProjectCatalogue))]
    public async Task Run(
        [QueueTrigger(StorageCatalogueQueue.Queue, Connection = "Storage")] string message,
        CancellationToken cancellationToken)
    {
        if (StorageCatalogueQueue.Read(message) is not { UnitId.Length: > 0 } change)
        {
            logger.LogWarning("Ignored a catalogue message that is not a change: {Message}", message);
            return;
        }
        await projector.ProjectAsync(change, cancellationToken);
    }
}
