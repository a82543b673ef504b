using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Results;

/// <summary>Organizers pick the units to award (giải tập thể); answers the table again.</summary>
public sealed class SaveUnitAwards(ResultsService results)
{
    [Function(nameof(SaveUnitAwards))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "organizer/results/units")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<UnitAwardsRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var saved = await results.SaveUnitAwardsAsync(user, body.Value!.Units, cancellationToken);
        if (saved.Problem is { } problem) return ApiResults.Problem(problem);
        var awards = await results.UnitAwardsAsync(cancellationToken);
        return new OkObjectResult(awards.Select(ResultsViews.UnitAward).ToList());
    }
}
