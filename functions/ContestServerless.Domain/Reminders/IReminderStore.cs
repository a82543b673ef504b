using ContestServerless.Domain.Mail;

namespace ContestServerless.Domain.Reminders;

/// <summary>
/// The Reminders table: the outbox's log (every e-mail sent once, so a unit's reminders), read back as history,
/// and the pause switch.
/// </summary>
public interface IReminderStore : IMailLog
{
    /// <summary>A unit's reminders (or the digests), newest claim first.</summary>
    Task<IReadOnlyList<ReminderRecord>> HistoryAsync(string unitId, CancellationToken cancellationToken);

    Task<ReminderSwitch> GetSwitchAsync(CancellationToken cancellationToken);

    Task SaveSwitchAsync(ReminderSwitch value, CancellationToken cancellationToken);
}
