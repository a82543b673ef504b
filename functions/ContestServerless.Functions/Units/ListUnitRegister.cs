using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Units;

/// <summary>The whole unit register with focal points, in the dashboard's order with each unit's depth, for the organizers' units page.</summary>
public sealed class ListUnitRegister(UnitRegisterService register)
{
    [Function(nameof(ListUnitRegister))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/units")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out _, out var denied)) return denied;

        return new OkObjectResult((await register.ListInLetterOrderAsync(cancellationToken)).Select(u => UnitViews.Unit(u.Unit, u.Depth)));
    }
}
