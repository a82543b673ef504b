using ContestServerless.Domain.Common;
using ContestServerless.Domain.Reminders;
using ContestServerless.Functions.Setup;
using Microsoft.Extensions.Configuration;

namespace ContestServerless.Functions.Reminders;

/// <summary>Reminders to lagging units: the organizers' preview, "send now", pause and history (the daily timer is <see cref="ReminderJobs"/>).</summary>
public sealed class ReminderFunctions(
    ReminderPreviewService previews,
    ReminderRunService runs,
    ReminderSwitchService switches,
    IConfiguration configuration,
    TimeProvider clock)
{
    /// <summary>Today's preview: who would be reminded and why, with what a run would do; sends nothing.</summary>
    [Function("GetReminders")]
    public async Task<IActionResult> GetReminders(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/reminders")] HttpRequest request, CancellationToken cancellationToken)
    {
        var preview = await previews.PreviewAsync(cancellationToken);
        var nextRunAt = TimerSchedule.Reminders(configuration).NextAfter(clock.GetUtcNow());
        return new OkObjectResult(ReminderViews.Preview(preview, nextRunAt));
    }

    /// <summary>"Send now": the timer's run on demand; steps already sent are not sent again.</summary>
    [Function("SendRemindersNow")]
    public async Task<IActionResult> SendRemindersNow(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "organizer/reminders/send")] HttpRequest request) =>
        // Not the request's token: an organizer closing the tab or a proxy timing out must not stop a run half-way,
        // leaving claims "sending" until they time out.
        new OkObjectResult(ReminderViews.Run(await runs.SendNowAsync(request.SignedInUser(), CancellationToken.None)));

    /// <summary>Pauses or resumes reminders; while paused, neither the timer nor "send now" sends anything.</summary>
    [Function("PauseReminders")]
    public Task<IActionResult> PauseReminders(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "organizer/reminders/switch")] HttpRequest request,
        CancellationToken cancellationToken) =>
        JsonBody.HandleAsync<ReminderSwitchRequest>(request, cancellationToken, async body =>
        {
            if (body.Paused is not { } paused)
                return ApiResults.Problem(Problem.InvalidField("paused", "Vui lòng chọn tạm dừng hoặc tiếp tục nhắc việc."));
            return new OkObjectResult(ReminderViews.Switch(await switches.SetPausedAsync(request.SignedInUser(), paused, cancellationToken)));
        });

    /// <summary>A unit's reminders: each step with its outcome (sent, failed, skipped), SendGrid's message id and any error.</summary>
    [Function("GetReminderHistory")]
    public Task<IActionResult> GetReminderHistory(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "organizer/reminders/history/{unitId}")] HttpRequest request,
        string unitId, CancellationToken cancellationToken) =>
        switches.UnitHistoryAsync(unitId, cancellationToken).OkAsync(ReminderViews.History);
}

public sealed record ReminderSwitchRequest(bool? Paused);
