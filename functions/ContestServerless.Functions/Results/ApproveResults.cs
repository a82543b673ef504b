using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Results;

/// <summary>
/// The committee approves the results: they lock, and the codes open to names for organizers. While submissions are
/// open the body must carry a reason.
/// </summary>
public sealed class ApproveResults(ResultsService results, ContestOptions contest, TimeProvider clock)
{
    [Function(nameof(ApproveResults))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/results/approve")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        // A body-less approval (after submissions close nothing more is needed) carries no reason.
        string? reason = null;
        if (request.ContentLength > 0 || request.Headers.ContentType.Count > 0)
        {
            var body = await JsonBody.ReadAsync<ApproveRequest>(request, cancellationToken);
            if (body.Problem is { } malformed) return ApiResults.Problem(malformed);
            reason = body.Value!.Reason;
        }

        var changed = await results.ApproveAsync(user, reason, cancellationToken);
        if (changed.Problem is { } problem) return ApiResults.Problem(problem);
        var board = await results.BoardAsync(user, cancellationToken);
        return board.ToActionResult(b => new OkObjectResult(ResultsViews.Board(b, contest, clock.GetUtcNow())));
    }
}
