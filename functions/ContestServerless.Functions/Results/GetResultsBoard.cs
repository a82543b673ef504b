using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Results;

/// <summary>The prize proposal from the final round's ranking, its ties, and whether it is approved and published.</summary>
public sealed class GetResultsBoard(ResultsService results, ContestOptions contest, TimeProvider clock)
{
    [Function(nameof(GetResultsBoard))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/results")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var board = await results.BoardAsync(user, cancellationToken);
        return board.ToActionResult(b => new OkObjectResult(ResultsViews.Board(b, contest, clock.GetUtcNow())));
    }
}
