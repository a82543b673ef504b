namespace ContestServerless.Domain.Reminders;

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
