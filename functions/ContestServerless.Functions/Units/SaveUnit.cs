using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Units;

/// <summary>Adds a unit or changes one (including deactivating it with "active": false).</summary>
public sealed class SaveUnit(UnitRegisterService register)
{
    [Function(nameof(SaveUnit))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/units")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<UnitRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var saved = await register.SaveAsync(user, body.Value!, cancellationToken);
        return saved.ToActionResult(unit => new OkObjectResult(UnitViews.Unit(unit)));
    }
}
