using ContestServerless.Domain.Publishing;
using ContestServerless.Functions.Contest;
using ContestServerless.Functions.Privacy;

namespace ContestServerless.Functions.Publishing;

/// <summary>The entrant's own page: each author gives, changes or withdraws consent to publishing the work, at any time.</summary>
public sealed class PublicationConsentFunctions(PublicationConsentService consents)
{
    [OpenWhenArchived("Withdrawing consent to publication takes effect at any time, also after the contest (Law 91/2025/QH15).")]
    [Function("AnswerPublicationConsent")]
    public Task<IActionResult> AnswerPublicationConsent(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "entries/{id}/publication")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<PublicationConsentRequest>(request, cancellationToken, body =>
            consents.AnswerAsync(id, ReceiptCodeHeader.Read(request), body, Callers.Read(request), cancellationToken).OkAsync(PrivacyViews.Record));
}
