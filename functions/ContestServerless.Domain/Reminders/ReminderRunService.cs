using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Mail;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Reminders;

/// <summary>
/// Chases lagging units by e-mail, once per unit and reminder step whatever retries, restarts or scale-out
/// happen: each reminder goes through the <see cref="MailOutbox"/>, keyed by unit and step, so a step already
/// claimed is left alone unless its send failed. Then the organizers' digest, once a day.
/// </summary>
public sealed class ReminderRunService(
    ReminderPlanner planner,
    IReminderStore store,
    MailOutbox outbox,
    ReminderDigest digest,
    IAuditLog audit,
    Contest.ExtensionLetters extensionLetters)
{
    public const string TimerTrigger = "timer";

    /// <summary>The timer's run: sends the reminders due today that no run has sent, then the organizers' digest.</summary>
    public Task<ReminderRun> RunAsync(CancellationToken cancellationToken) => RunAsync(TimerTrigger, cancellationToken);

    /// <summary>"Send now" on the organizers' page: the same run as the timer's, so nothing is sent twice.</summary>
    public async Task<ReminderRun> SendNowAsync(SignedInUser user, CancellationToken cancellationToken)
    {
        var run = await RunAsync(user.Name, cancellationToken);
        await audit.RecordAsync(user, AuditAction.RemindersSent, "reminders",
            $"{run.Sent} thư đã gửi, {run.Failed} thư lỗi, {run.Skipped} thư bỏ qua{(run.Paused ? ", đang tạm dừng" : "")}", cancellationToken);
        return run;
    }

    private async Task<ReminderRun> RunAsync(string trigger, CancellationToken cancellationToken)
    {
        // Not a reminder, so not held by the pause: a deadline's extension letter that failed when it was decided goes now.
        await extensionLetters.SendOwedAsync(trigger, cancellationToken);
        if ((await store.GetSwitchAsync(cancellationToken)).Paused) return ReminderRun.WhilePaused;
        var today = await planner.TodayAsync(cancellationToken);
        var due = today.Due;

        var outcomes = new ReminderState?[due.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, due.Count), planner.InParallel(cancellationToken),
            async (i, token) => outcomes[i] = await outbox.SendOnceAsync(due[i].Unit.Id, due[i].Step.Key, trigger, () => planner.MessageTo(due[i], today), token));

        var run = new ReminderRun(false, due.Count,
            outcomes.Count(o => o == ReminderState.Sent),
            outcomes.Count(o => o == ReminderState.Failed),
            outcomes.Count(o => o == ReminderState.Skipped),
            outcomes.Count(o => o is null),
            DigestSent: false);
        return run with { DigestSent = await digest.SendAsync(today, run, trigger, cancellationToken) };
    }
}

/// <summary>What a run did.</summary>
public sealed record ReminderRun(bool Paused, int Due, int Sent, int Failed, int Skipped, int AlreadyDone, bool DigestSent)
{
    public static readonly ReminderRun WhilePaused = new(true, 0, 0, 0, 0, 0, false);
}
