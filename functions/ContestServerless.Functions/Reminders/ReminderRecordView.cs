namespace ContestServerless.Functions.Reminders;

/// <summary>One reminder step (or one day's digest) with its outcome, SendGrid's message id and any error.</summary>
public sealed record ReminderRecordView(
    string StepKey,
    string Label,
    string State,
    int Attempts,
    string ClaimedAt,
    string? FinishedAt,
    bool ByHand,
    string Trigger,
    string Recipients,
    string? MessageId,
    string? Error);
