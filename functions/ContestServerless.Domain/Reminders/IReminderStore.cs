namespace ContestServerless.Domain.Reminders;

/// <summary>Claims and history of reminders, and the pause switch.</summary>
public interface IReminderStore
{
    Task<ReminderRecord?> FindAsync(string unitId, string stepKey, CancellationToken cancellationToken);

    /// <summary>Adds a claim; false when the step already has a record.</summary>
    Task<bool> TryAddAsync(ReminderRecord claim, CancellationToken cancellationToken);

    /// <summary>Replaces a record unless it changed since <paramref name="version"/> was read; false when it did.</summary>
    Task<bool> TryReplaceAsync(ReminderRecord record, string version, CancellationToken cancellationToken);

    /// <summary>Records how a claimed step ended (the run holds the claim, so this overwrites).</summary>
    Task FinishAsync(ReminderRecord record, CancellationToken cancellationToken);

    /// <summary>A unit's reminders (or the digests), newest claim first.</summary>
    Task<IReadOnlyList<ReminderRecord>> HistoryAsync(string unitId, CancellationToken cancellationToken);

    Task<ReminderSwitch> GetSwitchAsync(CancellationToken cancellationToken);

    Task SaveSwitchAsync(ReminderSwitch value, CancellationToken cancellationToken);
}
