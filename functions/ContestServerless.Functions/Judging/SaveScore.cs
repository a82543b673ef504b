using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>A judge saves a draft or submits a score; amendments are allowed until the round closes.</summary>
public sealed class SaveScore(ScoringService scoring, ContestOptions contest, TimeProvider clock)
{
    [Function(nameof(SaveScore))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "judge/entries/{code}/score")] HttpRequest request,
        string code,
        CancellationToken cancellationToken)
    {
        if (!request.TryAuthorize(StaffRoles.Judge, out var user, out var denied)) return denied;

        var body = await JsonBody.ReadAsync<ScoreRequest>(request, cancellationToken);
        if (body.Problem is { } malformed) return ApiResults.Problem(malformed);

        var sheet = new ScoreSheet(body.Value!.Criteria ?? [], body.Value.Comment);
        var saved = await scoring.SaveScoreAsync(user, code, sheet, body.Value.Submit, cancellationToken);
        return saved.ToActionResult(i => new OkObjectResult(JudgingViews.Entry(i, contest, clock.GetUtcNow())));
    }
}
