namespace ContestServerless.Functions.Reminders;

/// <summary>What a run did.</summary>
public sealed record ReminderRunView(bool Paused, int Due, int Sent, int Failed, int Skipped, int AlreadyDone, bool DigestSent);
