using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Units;

/// <summary>Issues a new personal link for the unit; the old one stops working at once.</summary>
public sealed class RotateUnitLink(UnitRegisterService register)
{
    [Function(nameof(RotateUnitLink))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/units/{id}/link")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var link = await register.RotateLinkAsync(user, id, cancellationToken);
        return link.ToActionResult(l => new OkObjectResult(UnitViews.Link(l)));
    }
}
