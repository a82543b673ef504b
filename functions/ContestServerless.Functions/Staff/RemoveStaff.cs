using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Staff;

public sealed class RemoveStaff(StaffService staff)
{
    [Function(nameof(RemoveStaff))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "organizer/staff/{email}")] HttpRequest request,
        string email,
        CancellationToken cancellationToken)
    {
        var access = request.Authorize(StaffRoles.Organizer);
        if (access.Denied is { } denied) return denied;

        var removed = await staff.RemoveAsync(access.User!, email, cancellationToken);
        return removed.ToActionResult(_ => new NoContentResult());
    }
}
