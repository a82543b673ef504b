namespace ContestServerless.Functions.Reminders;

/// <summary>A unit's reminders, each step with its outcome.</summary>
public sealed record ReminderHistoryView(string UnitId, string UnitName, IReadOnlyList<ReminderRecordView> Records);
