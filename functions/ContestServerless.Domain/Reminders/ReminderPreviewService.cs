using ContestServerless.Domain.Mail;

namespace ContestServerless.Domain.Reminders;

/// <summary>The organizers' preview: today's reminders and what a run would do with each; sends and claims nothing.</summary>
public sealed class ReminderPreviewService(ReminderPlanner planner, IReminderStore store, ReminderOptions options, MailReach reach, Units.IUnitRegister units)
{
    public async Task<ReminderPreview> PreviewAsync(CancellationToken cancellationToken)
    {
        var today = await planner.TodayAsync(cancellationToken);
        var due = today.Due;
        var records = new ReminderRecord?[due.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, due.Count), planner.InParallel(cancellationToken),
            async (i, token) => records[i] = await store.FindAsync(due[i].Unit.Id, due[i].Step.Key, token));

        // A reminder sent is not a unit reached: the message log says whether it arrived, or bounced.
        var reached = await reach.OfUnitsAsync(await units.ListAsync(cancellationToken), cancellationToken);
        var previewed = due.Select((d, i) => new PreviewedReminder(d, Arrived(Outlook(d, records[i], today.Now), reached.GetValueOrDefault(d.Unit.Id)), records[i])).ToList();
        var digests = (await store.HistoryAsync(MailLogPartitions.Digest, cancellationToken)).Take(14).ToList();
        return new ReminderPreview(today.Now, await store.GetSwitchAsync(cancellationToken), today.Lagging, previewed, today.StepsToday, digests);
    }

    /// <summary>A sent reminder as the log knows it: unreachable when the unit's address bounced, delivered when it arrived.</summary>
    private static ReminderOutlook Arrived(ReminderOutlook outlook, UnitReach? reach) => reach switch
    {
        { Reached: false } when outlook is ReminderOutlook.Sent or ReminderOutlook.WillSend or ReminderOutlook.WillRetry => ReminderOutlook.Unreachable,
        { Reminded: true } when outlook == ReminderOutlook.Sent => ReminderOutlook.Delivered,
        _ => outlook,
    };

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
    /// <summary>Sent, and the message log says it arrived.</summary>
    Delivered,
    /// <summary>A focal point's address bounced (or was dropped, or reported spam): the unit is not reached until it is corrected.</summary>
    Unreachable,
}
