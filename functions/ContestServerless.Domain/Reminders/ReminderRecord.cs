namespace ContestServerless.Domain.Reminders;

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

    /// <summary>
    /// The id of the message's row in the contest's message log, chosen when the claim is made and so stored before the
    /// mail service is called: a run taking over a claim whose sender died reads that row to learn whether SendGrid
    /// had the message already (its answer, or its "processed" event, is on the row).
    /// </summary>
    public string? LogId { get; init; }

    /// <summary>The store's concurrency token (ETag) as read.</summary>
    public string Version { get; init; } = "";

    /// <summary>A run may take a step over when its send failed, or when the run that claimed it died before finishing.</summary>
    public bool CanBeRetried(DateTimeOffset now, TimeSpan claimTimeout) =>
        State == ReminderState.Failed || (State == ReminderState.Sending && ClaimedAt + claimTimeout <= now);
}

public enum ReminderState
{
    /// <summary>Claimed by a run that has not finished with it yet.</summary>
    Sending,
    Sent,
    Failed,
    /// <summary>Nobody to write to (no focal point with an e-mail address).</summary>
    Skipped,
}
