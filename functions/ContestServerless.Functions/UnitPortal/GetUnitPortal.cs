using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.UnitPortal;

/// <summary>The unit's page: its entries and its sub-units', the count against the minimum, deadlines, the quick report.</summary>
public sealed class GetUnitPortal(UnitPortalService portal, ContestOptions contest)
{
    [Function(nameof(GetUnitPortal))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "unit")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var opened = await portal.OpenAsync(UnitLinkHeader.Read(request), cancellationToken);
        return opened.ToActionResult(p => new OkObjectResult(UnitPortalViews.Portal(p, contest)));
    }
}
