namespace ContestServerless.Domain.Reminders;

public sealed record PreviewedReminder(DueReminder Due, ReminderOutlook Outlook, ReminderRecord? Record);
