namespace ContestServerless.Domain.Reminders;

public enum ReminderState
{
    /// <summary>Claimed by a run that has not finished with it yet.</summary>
    Sending,
    Sent,
    Failed,
    /// <summary>Nobody to write to (no focal point with an e-mail address).</summary>
    Skipped,
}

/// <summary>
/// One reminder step of one unit (or one day's digest), as claimed and then finished by a run. The row exists
/// before the e-mail is sent, which is what keeps two runs from sending the same step twice.
/// </summary>
public sealed record ReminderRecord(
    string UnitId,
    string StepKey,
    ReminderState State,
    int Attempts,
    DateTimeOffset ClaimedAt,
    string Trigger)
{
    public DateTimeOffset? FinishedAt { get; init; }

    public string Recipients { get; init; } = "";

    /// <summary>SendGrid's X-Message-Id, to trace the e-mail in SendGrid's activity feed.</summary>
    public string? MessageId { get; init; }

    public string? Error { get; init; }

    /// <summary>The store's concurrency token (ETag) as read.</summary>
    public string Version { get; init; } = "";

    /// <summary>A run may take a step over when its send failed, or when the run that claimed it died before finishing.</summary>
    public bool CanBeRetried(DateTimeOffset now, TimeSpan claimTimeout) =>
        State == ReminderState.Failed || (State == ReminderState.Sending && ClaimedAt + claimTimeout <= now);
}

/// <summary>The organizers' switch: while paused, runs send nothing (the preview still shows what is due).</summary>
public sealed record ReminderSwitch(bool Paused, string? ChangedBy, DateTimeOffset? ChangedAt)
{
    public static readonly ReminderSwitch On = new(false, null, null);
}

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
