using ContestServerless.Domain.Privacy;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Privacy;

/// <summary>
/// Organizers decide entrants' erasure and correction requests.
/// </summary>
public sealed class PrivacyRequestFunctions(PrivacyRequestService requests)
{
    /// <summary>Entrants' erasure and correction requests, newest first, for organizers to decide.</summary>
    [Function("ListPrivacyRequests")]
    public async Task<IActionResult> ListPrivacyRequests(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/privacy/requests")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        return new OkObjectResult(PrivacyViews.Requests(await requests.ListAsync(cancellationToken)));
    }

    /// <summary>Organizers grant or refuse a request, saying why.</summary>
    [Function("DecidePrivacyRequest")]
    public async Task<IActionResult> DecidePrivacyRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/privacy/requests/{id}/decision")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        var body = await JsonBody.ReadAsync<PrivacyRequestDecisionForm>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);
        var decided = await requests.DecideAsync(user, id, body.Value!, cancellationToken);
        return decided.ToActionResult(r => new OkObjectResult(PrivacyViews.Request(r)));
    }
}
