using ContestServerless.Domain.Reminders;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace ContestServerless.Functions.Reminders;

/// <summary>
/// The daily run that e-mails lagging units. The schedule is a UTC NCRONTAB expression in the REMINDER_SCHEDULE
/// app setting (Linux plans ignore WEBSITE_TIME_ZONE); the domain works out Vietnamese dates itself. A run missed
/// while the host was down is fired at start (IsPastDue), and either way sends the latest step that fell due.
/// </summary>
public sealed class SendReminders(ReminderService reminders, ILogger<SendReminders> logger)
{
    [Function(nameof(SendReminders))]
    public async Task Run([TimerTrigger($"%{ReminderOptions.ScheduleSetting}%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (timer.IsPastDue) logger.LogInformation("Reminder run is past due; catching up the steps that fell due");
        var run = await reminders.RunAsync(cancellationToken);
        if (run.Paused)
        {
            logger.LogInformation("Reminders are paused by the organizers; nothing sent");
            return;
        }
        logger.LogInformation(
            "Reminder run: {Due} due, {Sent} sent, {Failed} failed, {Skipped} skipped, {AlreadyDone} already done, digest sent {DigestSent}",
            run.Due, run.Sent, run.Failed, run.Skipped, run.AlreadyDone, run.DigestSent);
    }
}
