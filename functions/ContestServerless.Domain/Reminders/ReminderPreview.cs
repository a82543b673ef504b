namespace ContestServerless.Domain.Reminders;

public sealed record ReminderPreview(
    DateTimeOffset Now,
    ReminderSwitch Switch,
    IReadOnlyList<Lag> Lagging,
    IReadOnlyList<PreviewedReminder> Reminders,
    IReadOnlyDictionary<Deadline, ReminderStep?> StepsToday,
    IReadOnlyList<ReminderRecord> Digests);
