using ContestServerless.Domain.Catalogue;
using ContestServerless.Functions.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ContestServerless.Functions.Contest;

namespace ContestServerless.Functions.Catalogue;

/// <summary>
/// The catalogue of entries organizers search: kept up to date from the entry store's queue, and rebuilt on demand.
/// </summary>
public sealed class CatalogueFunctions(ContestJobs contests, ILogger<CatalogueFunctions> logger, CatalogueRebuild rebuild)
{
    /// <summary>
    /// Brings a change in a unit's partition (queued by the entry store after its write) into the catalogue. A failure
    /// throws, so the queue tries again; a message that keeps failing goes to the poison queue and waits for a rebuild.
    /// </summary>
    [Function("ProjectCatalogue")]
    public async Task ProjectCatalogue(
        [QueueTrigger(StorageCatalogueQueue.Queue, Connection = "Storage")] string message,
        CancellationToken cancellationToken)
    {
        var known = await contests.RunForMessageAsync(message, async (scope, payload) =>
        {
            if (StorageCatalogueQueue.Read(payload) is not { UnitId.Length: > 0 } change)
            {
                logger.LogWarning("Ignored a catalogue message that is not a change: {Message}", message);
                return;
            }
            await scope.GetRequiredService<CatalogueProjector>().ProjectAsync(change, cancellationToken);
        });
        if (!known) logger.LogWarning("Dropped a catalogue message of a contest that no longer exists: {Message}", message);
    }

    /// <summary>Makes the catalogue again from the Entries table (the source of truth): the one command that repairs it.</summary>
    [Function("RebuildCatalogue")]
    public async Task<IActionResult> RebuildCatalogue(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/catalogue/rebuild")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new OkObjectResult(CatalogueViews.Rebuilt(await rebuild.RunAsync(cancellationToken)));
}
