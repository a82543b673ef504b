namespace ContestServerless.Functions.Reminders;

/// <summary>The step due today for a deadline ("entries" or "report"), if any.</summary>
public sealed record ReminderStepView(string Deadline, string? Step, string? Label);
