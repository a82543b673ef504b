using ContestServerless.Domain.Catalogue;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Catalogue;

/// <summary>Makes the catalogue again from the Entries table (the source of truth): the one command that repairs it.</summary>
public sealed class RebuildCatalogue(CatalogueRebuild rebuild)
{
    [Function(nameof(RebuildCatalogue))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/catalogue/rebuild")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out _, out var denied)) return denied;
        var snapshot = await rebuild.RunAsync(cancellationToken);
        return new OkObjectResult(CatalogueViews.Rebuilt(snapshot));
    }
}
