using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Judging;

namespace ContestServerless.Functions.Judging;

/// <summary>
/// The judges' routes (judge/*): their list, one entry under its sealed code, its file, the score and a recusal.
/// Every answer is built from the sealed facts and the judge's own score; any code not given to the judge is a 404.
/// </summary>
public sealed class JudgeFunctions(ScoringService scoring, JudgeFileService judgeFiles, JudgeReadingService reading, ContestOptions contest, TimeProvider clock)
{
    /// <summary>The signed-in judge's entries, by sealed code, with their own progress.</summary>
    [Function("ListJudgeAssignments")]
    public async Task<IActionResult> ListJudgeAssignments(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "judge/assignments")] HttpRequest request, CancellationToken cancellationToken)
    {
        var items = await scoring.AssignmentsAsync(request.SignedInUser(), cancellationToken);
        var now = clock.GetUtcNow();
        return new OkObjectResult(items.Select(i => JudgingViews.Assignment(i, contest, now)).ToList());
    }

    /// <summary>One entry the judge was given, with the rubric and the judge's own sheet; 404 for any other code.</summary>
    [Function("GetJudgeEntry")]
    public Task<IActionResult> GetJudgeEntry(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "judge/entries/{code}")] HttpRequest request,
        string code, CancellationToken cancellationToken) =>
        scoring.FindForJudgeAsync(request.SignedInUser(), code, cancellationToken).OkAsync(EntryView);

    /// <summary>Redirects to a short-lived read link to the de-identified copy, saved as "{code}.docx"; audited.</summary>
    [Function("DownloadJudgeFile")]
    public Task<IActionResult> DownloadJudgeFile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "judge/entries/{code}/file")] HttpRequest request,
        string code, CancellationToken cancellationToken) =>
        judgeFiles.FileForJudgeAsync(request.SignedInUser(), code, cancellationToken).RedirectAsync();

    /// <summary>
    /// The de-identified copy as a page to read beside the score sheet (the download stays); audited like the download.
    /// A page that would name its author is withheld and the entry goes back to the secretariat.
    /// </summary>
    [Function("ReadJudgeEntry")]
    public Task<IActionResult> ReadJudgeEntry(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "judge/entries/{code}/reading")] HttpRequest request,
        string code, CancellationToken cancellationToken) =>
        reading.ReadAsync(request.SignedInUser(), code, cancellationToken).OkAsync(JudgingViews.Reading);

    /// <summary>A judge saves a draft or submits a score; amendments are allowed until the round closes.</summary>
    [Function("SaveScore")]
    public Task<IActionResult> SaveScore(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "judge/entries/{code}/score")] HttpRequest request,
        string code, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<ScoreRequest>(request, cancellationToken, body =>
            scoring.SaveScoreAsync(request.SignedInUser(), code, new ScoreSheet(body.Criteria ?? [], body.Comment), body.Submit, cancellationToken)
                .OkAsync(EntryView));

    /// <summary>A judge steps back from an entry with a reason; the entry goes to another judge at once.</summary>
    [Function("RecuseFromEntry")]
    public Task<IActionResult> RecuseFromEntry(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "judge/entries/{code}/recusal")] HttpRequest request,
        string code, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<RecusalRequest>(request, cancellationToken, body =>
            scoring.RecuseAsync(request.SignedInUser(), code, body.Reason, cancellationToken).NoContentAsync());

    /// <summary>An entry as the judge sees it now: open for scoring or not by the round's window.</summary>
    private JudgeEntryView EntryView(JudgeAssignmentItem item) => JudgingViews.Entry(item, contest, clock.GetUtcNow());
}

/// <summary>A judge's sheet as the scoring page sends it: points per criterion id, the comment, and whether to submit.</summary>
public sealed record ScoreRequest(Dictionary<string, decimal?>? Criteria, string? Comment, bool Submit);

public sealed record RecusalRequest(string? Reason);
