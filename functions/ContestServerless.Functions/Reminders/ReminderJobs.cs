using ContestServerless.Domain.Reminders;
using ContestServerless.Functions.Contest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Reminders;

/// <summary>The daily reminder timer, taking its turn through every contest whose work is not closed.</summary>
public sealed class ReminderJobs(ContestJobs contests, ILogger<ReminderJobs> logger)
{
    /// <summary>
    /// The daily run that e-mails lagging units. The schedule is a UTC NCRONTAB expression in the REMINDER_SCHEDULE
    /// app setting (Linux plans ignore WEBSITE_TIME_ZONE); the domain works out Vietnamese dates itself. A run missed
    /// while the host was down is fired at start (IsPastDue), and either way sends the latest step that fell due.
    /// </summary>
    [Function("SendReminders")]
    public async Task SendReminders([TimerTrigger($"%{ReminderOptions.ScheduleSetting}%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue) logger.LogInformation("Reminder run is past due; catching up the steps that fell due");
        // Each contest whose work is not closed, in its own scope: its units, steps, claims and letters.
        await contests.ForEachAsync(contest => contest.Archived is null, async (scope, contest) =>
        {
            var run = await scope.GetRequiredService<ReminderRunService>().RunAsync(cancellationToken);
            if (run.Paused)
            {
                logger.LogInformation("Reminders of contest {ContestId} are paused by the organizers; nothing sent", contest.Id);
                return;
            }
            logger.LogInformation(
                "Reminder run of contest {ContestId}: {Due} due, {Sent} sent, {Failed} failed, {Skipped} skipped, {AlreadyDone} already done, digest sent {DigestSent}",
                contest.Id, run.Due, run.Sent, run.Failed, run.Skipped, run.AlreadyDone, run.DigestSent);
        });
    }
}
