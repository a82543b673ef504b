using ContestServerless.Domain.Common;
using ContestServerless.Domain.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ContestServerless.Functions.Contest;

namespace ContestServerless.Functions.Privacy;

/// <summary>
/// Retention of entrants' data: the daily run and its dry run. A class of its own because [DateInput] is read from the
/// class and only the dry run reads a date.
/// </summary>
[DateInput("at", DateInputKind.Day)]
public sealed class RetentionFunctions(RetentionService retention, ContestJobs contests, ILogger<RetentionFunctions> logger)
{
    /// <summary>
    /// The retention dry run: what the daily run would de-identify today, or on the day given (?at=yyyy-MM-dd or dd/MM/yyyy,
    /// Vietnam time), so organizers can check a run before it happens. Changes nothing.
    /// </summary>
    [Function("PreviewRetention")]
    public async Task<IActionResult> PreviewRetention(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/privacy/retention")] HttpRequest request, CancellationToken cancellationToken)
    {
        DateTimeOffset? at = null;
        if (request.Query["at"].ToString() is { Length: > 0 } typed)
        {
            if (!VietnamTime.TryParseDay(typed, out var day))
                return ApiResults.Problem(Problem.InvalidField("at", VietnamTime.InvalidDay("Ngày xem thử")));
            at = VietnamTime.FromLocal(day.ToDateTime(TimeOnly.MinValue));
        }
        return new OkObjectResult(PrivacyViews.Plan(await retention.PlanAsync(at, cancellationToken)));
    }

    /// <summary>Daily, de-identifies entries that won nothing once Privacy:RetentionMonths have passed since the results were published.</summary>
    [Function("ApplyRetention")]
    public async Task ApplyRetention([TimerTrigger(PrivacyOptions.RetentionSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        // Every contest, archived ones included: their retention still runs (Law 91/2025/QH15).
        await contests.ForEachAsync(_ => true, async (scope, contest) =>
        {
            var plan = await scope.GetRequiredService<RetentionService>().RunAsync(cancellationToken);
            // The message log follows the same retention: what was sent to entrants and units goes when their data does.
            var erased = plan is { Due: true, DueAt: { } dueAt }
                ? await scope.GetRequiredService<Domain.Mail.MessageRetention>().EraseAsync(dueAt, cancellationToken)
                : 0;
            if (erased > 0) logger.LogInformation("Retention of contest {ContestId} erased {Messages} messages of its log", contest.Id, erased);
            logger.LogInformation("Retention of contest {ContestId} due {Due} (due at {DueAt}): de-identified {Count} entries, kept {Winners} winners",
                contest.Id, plan.Due, plan.DueAt, plan.Due ? plan.ToDeidentify.Count : 0, plan.WinnersKept);
        });
    }
}
