using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Results;

/// <summary>Units by participation (entries against minimum, final round, prizes, quick report), for the unit awards.</summary>
public sealed class ListUnitAwards(ResultsService results)
{
    [Function(nameof(ListUnitAwards))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/results/units")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out _, out var denied)) return denied;

        var awards = await results.UnitAwardsAsync(cancellationToken);
        return new OkObjectResult(awards.Select(ResultsViews.UnitAward).ToList());
    }
}
