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
