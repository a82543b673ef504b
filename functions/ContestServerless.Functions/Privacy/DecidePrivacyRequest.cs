using ContestServerless.Domain.Privacy;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Privacy;

/// <summary>Organizers grant or refuse a request, saying why.</summary>
public sealed class DecidePrivacyRequest(PrivacyRequestService requests)
{
    [Function(nameof(DecidePrivacyRequest))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/privacy/requests/{id}/decision")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;
        var body = await JsonBody.ReadAsync<PrivacyRequestDecisionForm>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);
        var decided = await requests.DecideAsync(user, id, body.Value!, cancellationToken);
        return decided.ToActionResult(r => new OkObjectResult(PrivacyViews.Request(r)));
    }
}
