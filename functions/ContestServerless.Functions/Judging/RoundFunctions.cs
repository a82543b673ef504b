using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Reminders;
using ContestServerless.Domain.Staff;
using ContestServerless.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace ContestServerless.Functions.Judging;

/// <summary>
/// The organizers' routes for a round as a whole (organizer/rounds/*): the list, the rubric, the ranking and score
/// sheet, unlocking a score, the shortlist and reminding judges. Putting entries before judges is
/// <see cref="AssignmentFunctions"/>; creating a round is <see cref="CreateRound"/>.
/// </summary>
public sealed class RoundFunctions(
    JudgingService judging,
    RoundSetupService setup,
    JudgeReminderService judgeReminders,
    ReminderOptions reminders,
    TimeProvider clock)
{
    /// <summary>The rounds, oldest first, for the organizers' judging page.</summary>
    [Function("ListRounds")]
    public async Task<IActionResult> ListRounds(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/rounds")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var rounds = await judging.ListRoundsAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new OkObjectResult(rounds.OrderBy(r => r.OpensAt).Select(r => JudgingViews.Round(r, now)).ToList());
    }

    /// <summary>Organizers change a round's rubric until its first score is saved.</summary>
    [Function("ChangeRubric")]
    public async Task<IActionResult> ChangeRubric(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "organizer/rounds/{id}/rubric")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        return await JudgingBody.ReadAsync<RubricRequest>(request, cancellationToken, async body =>
        {
            var round = await setup.ChangeRubricAsync(user, id, body.Criteria, cancellationToken);
            return round.ToActionResult(r => new OkObjectResult(JudgingViews.Round(r, clock.GetUtcNow())));
        });
    }

    /// <summary>The round's ranking with every judge's total, the mean, spread and rank, and each judge's progress.</summary>
    [Function("GetRanking")]
    public async Task<IActionResult> GetRanking(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/rounds/{id}/ranking")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var ranking = await judging.RankingAsync(id, cancellationToken);
        return ranking.ToActionResult(r => new OkObjectResult(JudgingViews.Ranking(r, clock.GetUtcNow())));
    }

    /// <summary>The round's score sheet (.xlsx) for organizers, with the entries and their authors beside the sealed codes.</summary>
    [Function("ExportScores")]
    public async Task<IActionResult> ExportScores(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/rounds/{id}/scores")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        var export = await judging.ScoreSheetAsync(user, id, cancellationToken);
        return export.ToActionResult(file => ApiResults.File(file, request));
    }

    /// <summary>After a round closes, an organizer reopens one judge's score on one entry, with a reason.</summary>
    [Function("UnlockScore")]
    public async Task<IActionResult> UnlockScore(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/unlock")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        return await JudgingBody.ReadAsync<UnlockRequest>(request, cancellationToken, async body =>
        {
            var unlocked = await judging.UnlockAsync(user, id, body.EntryId ?? "", body.Judge ?? "", body.Reason, cancellationToken);
            return unlocked.ToActionResult(_ => new NoContentResult());
        });
    }

    /// <summary>After a round closes, organizers choose the entries that go on: the top N (overall or per movement) or those above a score.</summary>
    [Function("AdvanceShortlist")]
    public async Task<IActionResult> AdvanceShortlist(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/shortlist")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        return await JudgingBody.ReadAsync<ShortlistRequest>(request, cancellationToken, async body =>
        {
            var round = await judging.ShortlistAsync(user, id, body, cancellationToken);
            return round.ToActionResult(r => new OkObjectResult(JudgingViews.Round(r, clock.GetUtcNow())));
        });
    }

    /// <summary>E-mails the round's judges who still have entries to score, each at most once a day.</summary>
    [Function("RemindJudges")]
    public async Task<IActionResult> RemindJudges(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds/{id}/reminders")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        var sent = await judgeReminders.RemindJudgesAsync(user, id, reminders.SiteUrl, cancellationToken);
        return sent.ToActionResult(s => new OkObjectResult(new RemindedJudgesView(s)));
    }
}

/// <summary>
/// Organizers make a judging round: its judges, judges per entry, Vietnam-time window and rubric. A class of its own
/// because <see cref="DateInputAttribute"/> is declared on the class, and only this route reads dates.
/// </summary>
[DateInput("opensAt", DateInputKind.Instant)]
[DateInput("closesAt", DateInputKind.Instant)]
public sealed class CreateRound(RoundSetupService setup, TimeProvider clock)
{
    [Function("CreateRound")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/rounds")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var user = request.SignedInUser();
        return await JudgingBody.ReadAsync<RoundRequest>(request, cancellationToken, async body =>
        {
            var round = await setup.CreateRoundAsync(user, body, cancellationToken);
            return round.ToActionResult(r => ApiResults.Created(JudgingViews.Round(r, clock.GetUtcNow())));
        });
    }
}

public sealed record RubricRequest(List<CriterionRequest>? Criteria);

public sealed record UnlockRequest(string? EntryId, string? Judge, string? Reason);
