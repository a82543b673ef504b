using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Results;

/// <summary>How many entrants and units the results e-mails would reach, counted without sending: the confirmation names them.</summary>
public sealed class GetResultsRecipients(ResultsService results)
{
    [Function(nameof(GetResultsRecipients))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/results/recipients")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out _, out var denied)) return denied;

        var recipients = await results.RecipientsAsync(cancellationToken);
        return new OkObjectResult(ResultsViews.Recipients(recipients));
    }
}
