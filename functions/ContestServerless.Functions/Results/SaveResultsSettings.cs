using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Results;

/// <summary>Organizers set the prize tiers (name, quota, movement, amount) and the round results come from, until approval.</summary>
public sealed class SaveResultsSettings(ResultsService results, ContestOptions contest, TimeProvider clock)
{
    [Function(nameof(SaveResultsSettings))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "organizer/results/settings")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<ResultsSettingsRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var changed = await results.SaveSettingsAsync(user, body.Value!, cancellationToken);
        if (changed.Problem is { } problem) return ApiResults.Problem(problem);
        var board = await results.BoardAsync(user, cancellationToken);
        return board.ToActionResult(b => new OkObjectResult(ResultsViews.Board(b, contest, clock.GetUtcNow())));
    }
}
