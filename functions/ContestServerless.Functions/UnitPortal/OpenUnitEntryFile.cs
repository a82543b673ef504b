using ContestServerless.Domain.Units;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.UnitPortal;

/// <summary>
/// A short-lived link to the file of an entry of the unit (or a sub-unit), answered as JSON rather than a redirect:
/// the unit's token travels in a header, which a plain link cannot carry. Another unit's entry answers 404, like a
/// missing one.
/// </summary>
public sealed class OpenUnitEntryFile(UnitPortalService portal)
{
    [Function(nameof(OpenUnitEntryFile))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "unit/entries/{id}/file")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var link = await portal.FileLinkAsync(UnitLinkHeader.Read(request), id, cancellationToken);
        return link.ToActionResult(l => new OkObjectResult(UnitPortalViews.FileLink(l)));
    }
}
