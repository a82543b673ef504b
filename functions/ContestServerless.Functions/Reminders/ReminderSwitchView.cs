namespace ContestServerless.Functions.Reminders;

public sealed record ReminderSwitchView(bool Paused, string? ChangedBy, string? ChangedAt);
