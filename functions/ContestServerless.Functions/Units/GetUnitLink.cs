using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Units;

/// <summary>The unit's current personal link, to send to its focal point.</summary>
public sealed class GetUnitLink(UnitRegisterService register)
{
    [Function(nameof(GetUnitLink))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/units/{id}/link")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var link = await register.LinkAsync(user, id, cancellationToken);
        return link.ToActionResult(l => new OkObjectResult(UnitViews.Link(l)));
    }
}
