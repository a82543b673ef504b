using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>Organizers change a round's rubric until its first score is saved.</summary>
public sealed class ChangeRubric(JudgingService judging, TimeProvider clock)
{
    [Function(nameof(ChangeRubric))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "organizer/rounds/{id}/rubric")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Organizer, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<RubricRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var round = await judging.ChangeRubricAsync(user, id, body.Value!.Criteria, cancellationToken);
        return round.ToActionResult(r => new OkObjectResult(JudgingViews.Round(r, clock.GetUtcNow())));
    }
}
