using ContestServerless.Domain.Privacy;
using ContestServerless.Functions.Contest;

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
        CancellationToken cancellationToken) =>
        new OkObjectResult(PrivacyViews.Requests(await requests.ListAsync(cancellationToken)));

    /// <summary>Organizers grant or refuse a request, saying why.</summary>
    [OpenWhenArchived("The organizers' decisions on privacy requests outlive the contest's work (Law 91/2025/QH15).")]
    [Function("DecidePrivacyRequest")]
    public Task<IActionResult> DecidePrivacyRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/privacy/requests/{id}/decision")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<PrivacyRequestDecisionForm>(request, cancellationToken, body =>
            requests.DecideAsync(request.SignedInUser(), id, body, cancellationToken).OkAsync(PrivacyViews.Request));
}
