using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>
/// The judges' routes (judge/*): their list, one entry under its sealed code, its file, the score and a recusal.
/// Every answer is built from the sealed facts and the judge's own score; any code not given to the judge is a 404.
/// </summary>
public sealed class JudgeFunctions(ScoringService scoring, JudgeFileService judgeFiles, ContestOptions contest, TimeProvider clock)
{
    /// <summary>The signed-in judge's entries, by sealed code, with their own progress.</summary>
    [Function("ListJudgeAssignments")]
    public async Task<IActionResult> ListJudgeAssignments(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "judge/assignments")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        var items = await scoring.AssignmentsAsync(user, cancellationToken);
        var now = clock.GetUtcNow();
        return new OkObjectResult(items.Select(i => JudgingViews.Assignment(i, contest, now)).ToList());
    }

    /// <summary>One entry the judge was given, with the rubric and the judge's own sheet; 404 for any other code.</summary>
    [Function("GetJudgeEntry")]
    public async Task<IActionResult> GetJudgeEntry(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "judge/entries/{code}")] HttpRequest request,
        string code,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        var item = await scoring.FindForJudgeAsync(user, code, cancellationToken);
        return item.ToActionResult(i => new OkObjectResult(JudgingViews.Entry(i, contest, clock.GetUtcNow())));
    }

    /// <summary>Redirects to a short-lived read link to the de-identified copy, saved as "{code}.docx"; audited.</summary>
    [Function("DownloadJudgeFile")]
    public async Task<IActionResult> DownloadJudgeFile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "judge/entries/{code}/file")] HttpRequest request,
        string code,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        var link = await judgeFiles.FileForJudgeAsync(user, code, cancellationToken);
        return link.ToActionResult(ApiResults.RedirectTo);
    }

    /// <summary>A judge saves a draft or submits a score; amendments are allowed until the round closes.</summary>
    [Function("SaveScore")]
    public async Task<IActionResult> SaveScore(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "judge/entries/{code}/score")] HttpRequest request,
        string code,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        return await JudgingBody.ReadAsync<ScoreRequest>(request, cancellationToken, async body =>
        {
            var sheet = new ScoreSheet(body.Criteria ?? [], body.Comment);
            var saved = await scoring.SaveScoreAsync(user, code, sheet, body.Submit, cancellationToken);
            return saved.ToActionResult(i => new OkObjectResult(JudgingViews.Entry(i, contest, clock.GetUtcNow())));
        });
    }

    /// <summary>A judge steps back from an entry with a reason; the entry goes to another judge at once.</summary>
    [Function("RecuseFromEntry")]
    public async Task<IActionResult> RecuseFromEntry(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "judge/entries/{code}/recusal")] HttpRequest request,
        string code,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        return await JudgingBody.ReadAsync<RecusalRequest>(request, cancellationToken, async body =>
        {
            var recused = await scoring.RecuseAsync(user, code, body.Reason, cancellationToken);
            return recused.ToActionResult(_ => new NoContentResult());
        });
    }
}

/// <summary>A judge's sheet as the scoring page sends it: points per criterion id, the comment, and whether to submit.</summary>
public sealed record ScoreRequest(Dictionary<string, decimal?>? Criteria, string? Comment, bool Submit);

public sealed record RecusalRequest(string? Reason);

/// <summary>The shape every judging route with a body shares: read the JSON, answer its problem, or go on with it.</summary>
internal static class JudgingBody
{
    public static async Task<IActionResult> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken, Func<T, Task<IActionResult>> then)
        where T : class
    {
        var body = await JsonBody.ReadAsync<T>(request, cancellationToken);
        return body.Problem is { } malformed ? ApiResults.Problem(malformed) : await then(body.Value!);
    }
}
