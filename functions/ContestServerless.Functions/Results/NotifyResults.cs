using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Results;

/// <summary>Tells each entrant with an e-mail and each unit's focal points the results, once each; running it again sends nothing new.</summary>
public sealed class NotifyResults(ResultsService results)
{
    [Function(nameof(NotifyResults))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/results/notify")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var run = await results.NotifyAsync(user, cancellationToken);
        return run.ToActionResult(r => new OkObjectResult(ResultsViews.Notification(r)));
    }
}
