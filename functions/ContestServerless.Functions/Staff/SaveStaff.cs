using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Staff;

/// <summary>Adds a staff member or changes one's name and roles; takes effect at their next sign-in.</summary>
public sealed class SaveStaff(StaffService staff)
{
    [Function(nameof(SaveStaff))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/staff")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<StaffRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var saved = await staff.SaveAsync(user, body.Value!, cancellationToken);
        return saved.ToActionResult(member => new OkObjectResult(StaffViews.Member(member)));
    }
}
