using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Results;

/// <summary>Organizers publish approved results now or at a chosen time (Vietnam time).</summary>
[DateInput("at", DateInputKind.Instant)]
public sealed class PublishResults(ResultsService results, ContestOptions contest, TimeProvider clock)
{
    [Function(nameof(PublishResults))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/results/publish")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<PublishRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var changed = await results.PublishAsync(user, body.Value!.At, body.Value.Reason, cancellationToken);
        if (changed.Problem is { } problem) return ApiResults.Problem(problem);
        var board = await results.BoardAsync(user, cancellationToken);
        return board.ToActionResult(b => new OkObjectResult(ResultsViews.Board(b, contest, clock.GetUtcNow())));
    }
}
