using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>The signed-in judge's entries, by sealed code, with their own progress.</summary>
public sealed class ListJudgeAssignments(ScoringService scoring, ContestOptions contest, TimeProvider clock)
{
    [Function(nameof(ListJudgeAssignments))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "judge/assignments")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Judge, out var user, out var denied)) return denied;

        var items = await scoring.AssignmentsAsync(user, cancellationToken);
        var now = clock.GetUtcNow();
        return new OkObjectResult(items.Select(i => JudgingViews.Assignment(i, contest, now)).ToList());
    }
}
