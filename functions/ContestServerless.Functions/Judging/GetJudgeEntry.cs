using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>One entry the judge was given, with the rubric and the judge's own sheet; 404 for any other code.</summary>
public sealed class GetJudgeEntry(ScoringService scoring, ContestOptions contest, TimeProvider clock)
{
    [Function(nameof(GetJudgeEntry))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "judge/entries/{code}")] HttpRequest request,
        string code,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Judge, out var user, out var denied)) return denied;

        var item = await scoring.FindForJudgeAsync(user, code, cancellationToken);
        return item.ToActionResult(i => new OkObjectResult(JudgingViews.Entry(i, contest, clock.GetUtcNow())));
    }
}
