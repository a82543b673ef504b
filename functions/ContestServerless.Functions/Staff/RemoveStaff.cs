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
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var removed = await staff.RemoveAsync(user, email, cancellationToken);
        return removed.ToActionResult(_ => new NoContentResult());
    }
}
