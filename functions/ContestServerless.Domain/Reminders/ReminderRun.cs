namespace ContestServerless.Domain.Reminders;

/// <summary>What a run did.</summary>
public sealed record ReminderRun(bool Paused, int Due, int Sent, int Failed, int Skipped, int AlreadyDone, bool DigestSent)
{
    public static readonly ReminderRun WhilePaused = new(true, 0, 0, 0, 0, 0, false);
}
