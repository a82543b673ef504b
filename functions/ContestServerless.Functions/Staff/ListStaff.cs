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
        var access = request.Authorize(StaffRoles.Organizer);
        if (access.Denied is { } denied) return denied;

        return new OkObjectResult((await staff.ListAsync(cancellationToken)).Select(StaffViews.Listing));
    }
}
