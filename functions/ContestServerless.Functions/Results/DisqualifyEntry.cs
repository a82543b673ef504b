using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Results;

/// <summary>An entry found ineligible leaves the results, with a reason; the next ranked moves up.</summary>
public sealed class DisqualifyEntry(ResultsService results, ContestOptions contest, TimeProvider clock)
{
    [Function(nameof(DisqualifyEntry))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/results/disqualifications")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<DisqualifyRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var changed = await results.DisqualifyAsync(user, body.Value!, cancellationToken);
        if (changed.Problem is { } problem) return ApiResults.Problem(problem);
        var board = await results.BoardAsync(user, cancellationToken);
        return board.ToActionResult(b => new OkObjectResult(ResultsViews.Board(b, contest, clock.GetUtcNow())));
    }
}
