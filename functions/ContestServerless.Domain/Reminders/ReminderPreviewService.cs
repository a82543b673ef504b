using ContestServerless.Domain.Mail;

namespace ContestServerless.Domain.Reminders;

/// <summary>The organizers' preview: today's reminders and what a run would do with each; sends and claims nothing.</summary>
public sealed class ReminderPreviewService(ReminderPlanner planner, IReminderStore store, ReminderOptions options)
{
    public async Task<ReminderPreview> PreviewAsync(CancellationToken cancellationToken)
    {
        var today = await planner.TodayAsync(cancellationToken);
        var due = today.Due;
        var records = new ReminderRecord?[due.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, due.Count), planner.InParallel(cancellationToken),
            async (i, token) => records[i] = await store.FindAsync(due[i].Unit.Id, due[i].Step.Key, token));

        var previewed = due.Select((d, i) => new PreviewedReminder(d, Outlook(d, records[i], today.Now), records[i])).ToList();
        var digests = (await store.HistoryAsync(MailLogPartitions.Digest, cancellationToken)).Take(14).ToList();
        return new ReminderPreview(today.Now, await store.GetSwitchAsync(cancellationToken), today.Lagging, previewed, today.StepsToday, digests);
    }

    private ReminderOutlook Outlook(DueReminder due, ReminderRecord? record, DateTimeOffset now) => record switch
    {
        null when due.Recipients.Count == 0 => ReminderOutlook.NoAddress,
        null => ReminderOutlook.WillSend,
        { State: ReminderState.Sent } => ReminderOutlook.Sent,
        { State: ReminderState.Skipped } => ReminderOutlook.Skipped,
        _ when record.CanBeRetried(now, options.ClaimTimeout) => ReminderOutlook.WillRetry,
        _ => ReminderOutlook.Sending,
    };
}

public sealed record ReminderPreview(
    DateTimeOffset Now,
    ReminderSwitch Switch,
    IReadOnlyList<Lag> Lagging,
    IReadOnlyList<PreviewedReminder> Reminders,
    IReadOnlyDictionary<Deadline, ReminderStep?> StepsToday,
    IReadOnlyList<ReminderRecord> Digests);

public sealed record PreviewedReminder(DueReminder Due, ReminderOutlook Outlook, ReminderRecord? Record);

/// <summary>What a run would do with a due reminder, as the organizers' preview shows it.</summary>
public enum ReminderOutlook
{
    WillSend,
    WillRetry,
    Sent,
    Sending,
    Skipped,
    NoAddress,
}
