namespace ContestServerless.Domain.Reminders;

/// <summary>The organizers' switch: while paused, runs send nothing (the preview still shows what is due).</summary>
public sealed record ReminderSwitch(bool Paused, string? ChangedBy, DateTimeOffset? ChangedAt)
{
    public static readonly ReminderSwitch On = new(false, null, null);
}
