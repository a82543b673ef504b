using ContestServerless.Domain.Publishing;

namespace ContestServerless.Functions.Publishing;

/// <summary>The organizers ask, after the results, the winners who have not answered about publication to answer.</summary>
public sealed class PublicationRequestFunctions(PublicationRequestService requests)
{
    /// <summary>E-mails each unanswered winner a link to their entrant page, once each; running it again sends nothing new.</summary>
    [Function("RequestPublicationConsent")]
    public Task<IActionResult> Request(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/results/consent-requests")] HttpRequest request,
        CancellationToken cancellationToken) =>
        requests.AskAsync(request.SignedInUser(), cancellationToken).OkAsync(PublishingViews.Requests);
}
