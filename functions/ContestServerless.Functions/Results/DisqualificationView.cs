namespace ContestServerless.Functions.Results;

public sealed record DisqualificationView(string EntryId, string Reason, string By, DateTimeOffset At);
