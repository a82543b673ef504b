using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Reminders;

namespace ContestServerless.Functions.Judging;

/// <summary>
/// The organizers' routes for a round as a whole (organizer/rounds/*): creating it, the list, the rubric, the ranking
/// and score sheet, unlocking a score, the shortlist, reminding judges and changing its closing time. Putting entries
/// before judges is <see cref="AssignmentFunctions"/>.
/// </summary>
public sealed class RoundFunctions(
    JudgingService judging,
    RoundSetupService setup,
    RoundScheduleService schedule,
    JudgeReminderService judgeReminders,
    ReminderOptions reminders,
    TimeProvider clock)
{
    /// <summary>The rounds, oldest first, for the organizers' judging page.</summary>
    [Function("ListRounds")]
    public async Task<IActionResult> ListRounds(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/rounds")] HttpRequest request, CancellationToken cancellationToken)
    {
        var rounds = await judging.ListRoundsAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new OkObjectResult(rounds.OrderBy(r => r.OpensAt).Select(r => JudgingViews.Round(r, now)).ToList());
    }

    /// <summary>Organizers change a round's rubric until its first score is saved.</summary>
    [Function("ChangeRubric")]
    public Task<IActionResult> ChangeRubric(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "organizer/rounds/{id}/rubric")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<RubricRequest>(request, cancellationToken, body =>
            setup.ChangeRubricAsync(request.SignedInUser(), id, body.Criteria, cancellationToken).OkAsync(r => JudgingViews.Round(r, clock.GetUtcNow())));

    /// <summary>The round's ranking with every judge's total, the mean, spread and rank, and each judge's progress.</summary>
    [Function("GetRanking")]
    public Task<IActionResult> GetRanking(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/rounds/{id}/ranking")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        judging.RankingAsync(id, cancellationToken).OkAsync(r => JudgingViews.Ranking(r, clock.GetUtcNow()));

    /// <summary>The round's score sheet (.xlsx) for organizers, with the entries and their authors beside the sealed codes.</summary>
    [Function("ExportScores")]
    public Task<IActionResult> ExportScores(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/rounds/{id}/scores")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        judging.ScoreSheetAsync(request.SignedInUser(), id, cancellationToken).FileAsync(request);

    /// <summary>After a round closes, an organizer reopens one judge's score on one entry, with a reason.</summary>
    [Function("UnlockScore")]
    public Task<IActionResult> UnlockScore(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/unlock")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<UnlockRequest>(request, cancellationToken, body =>
            judging.UnlockAsync(request.SignedInUser(), id, body.EntryId ?? "", body.Judge ?? "", body.Reason, cancellationToken).NoContentAsync());

    /// <summary>After a round closes, organizers choose the entries that go on: the top N (overall or per movement) or those above a score.</summary>
    [Function("AdvanceShortlist")]
    public Task<IActionResult> AdvanceShortlist(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/shortlist")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<ShortlistRequest>(request, cancellationToken, body =>
            judging.ShortlistAsync(request.SignedInUser(), id, body, cancellationToken).OkAsync(r => JudgingViews.Round(r, clock.GetUtcNow())));

    /// <summary>E-mails the round's judges who still have entries to score, each at most once a day.</summary>
    [Function("RemindJudges")]
    public Task<IActionResult> RemindJudges(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/reminders")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        judgeReminders.RemindJudgesAsync(request.SignedInUser(), id, reminders.SiteUrl, cancellationToken).OkAsync(s => new RemindedJudgesView(s));

    /// <summary>Organizers make a judging round: its judges, judges per entry, Vietnam-time window and rubric.</summary>
    [Function("CreateRound")]
    [DateInput("opensAt", DateInputKind.Instant)]
    [DateInput("closesAt", DateInputKind.Instant)]
    public Task<IActionResult> CreateRound(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds")] HttpRequest request, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<RoundRequest>(request, cancellationToken, body =>
            setup.CreateRoundAsync(request.SignedInUser(), body, cancellationToken).CreatedAsync(r => JudgingViews.Round(r, clock.GetUtcNow())));

    /// <summary>Organizers close a round early or extend it, with a reason.</summary>
    [Function("RescheduleRound")]
    [DateInput("closesAt", DateInputKind.Instant)]
    public Task<IActionResult> RescheduleRound(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/schedule")] HttpRequest request,
        string id, CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<RoundScheduleRequest>(request, cancellationToken, body =>
            schedule.RescheduleAsync(request.SignedInUser(), id, body, cancellationToken).OkAsync(r => JudgingViews.Round(r, clock.GetUtcNow())));
}

public sealed record RubricRequest(List<CriterionRequest>? Criteria);

public sealed record UnlockRequest(string? EntryId, string? Judge, string? Reason);
