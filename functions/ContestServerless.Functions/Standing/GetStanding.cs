using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Standing;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Standing;

/// <summary>The dashboard: totals and every unit's standing, grouped as in the letter.</summary>
public sealed class GetStanding(StandingService standing)
{
    [Function(nameof(GetStanding))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/standing")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out _, out var denied)) return denied;

        var current = await standing.GetAsync(cancellationToken);
        return new OkObjectResult(StandingViews.Standing(current));
    }
}
