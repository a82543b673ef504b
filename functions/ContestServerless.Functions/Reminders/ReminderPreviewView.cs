namespace ContestServerless.Functions.Reminders;

/// <summary>What the next run would send and to whom, and what was sent today.</summary>
public sealed record ReminderPreviewView(
    string Today,
    DateTimeOffset NextRunAt,
    string NextRun,
    ReminderSwitchView Switch,
    IReadOnlyList<ReminderStepView> Steps,
    LaggingView Lagging,
    IReadOnlyList<DueReminderView> Reminders,
    IReadOnlyList<ReminderRecordView> Digests);
