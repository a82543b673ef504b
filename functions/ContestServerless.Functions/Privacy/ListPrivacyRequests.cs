using ContestServerless.Domain.Privacy;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Privacy;

/// <summary>Entrants' erasure and correction requests, newest first, for organizers to decide.</summary>
public sealed class ListPrivacyRequests(PrivacyRequestService requests)
{
    [Function(nameof(ListPrivacyRequests))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/privacy/requests")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out _, out var denied)) return denied;
        return new OkObjectResult(PrivacyViews.Requests(await requests.ListAsync(cancellationToken)));
    }
}
