namespace ContestServerless.Functions.Reminders;

/// <summary>A unit's reminder due on the next run, what the run would do with it and what was done already.</summary>
public sealed record DueReminderView(
    string UnitId,
    string UnitName,
    string Deadline,
    string Step,
    string Label,
    string Reason,
    string DeadlineAt,
    IReadOnlyList<string> Recipients,
    string Outlook,
    ReminderRecordView? Record);
