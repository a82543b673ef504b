namespace ContestServerless.Functions.Reminders;

public sealed record ReminderSwitchRequest(bool? Paused);
