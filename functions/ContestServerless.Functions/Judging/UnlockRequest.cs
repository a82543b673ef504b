namespace ContestServerless.Functions.Judging;

public sealed record UnlockRequest(string? EntryId, string? Judge, string? Reason);
