using ContestServerless.Domain.Broadcasts;

namespace ContestServerless.Functions.Broadcasts;

/// <summary>
/// Organizers write to a chosen audience of the contest: unconfirmed, the count and one rendered message; confirmed,
/// 202 with the broadcast's id (queued, sent at a steady pace); then its progress.
/// </summary>
public sealed class BroadcastFunctions(BroadcastService broadcasts)
{
    [Function("StartBroadcast")]
    public Task<IActionResult> StartBroadcast(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/broadcasts")] HttpRequest request,
        CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<BroadcastRequest>(request, cancellationToken, body =>
            broadcasts.StartAsync(body, request.SignedInUser(), cancellationToken).ToActionResultAsync(outcome => outcome.Id is null
                ? new OkObjectResult(BroadcastViews.Preview(outcome))
                : ApiResults.Accepted(BroadcastViews.Started(outcome))));

    [Function("GetBroadcast")]
    public Task<IActionResult> GetBroadcast(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/broadcasts/{id}")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        broadcasts.ProgressAsync(id, cancellationToken).OkAsync(BroadcastViews.Progress);
}
