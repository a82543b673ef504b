using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Staff;

public sealed class ListStaff(StaffService staff)
{
    [Function(nameof(ListStaff))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/staff")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out _, out var denied)) return denied;

        return new OkObjectResult((await staff.ListAsync(cancellationToken)).Select(StaffViews.Listing));
    }
}
