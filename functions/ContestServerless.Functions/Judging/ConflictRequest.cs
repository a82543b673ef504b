namespace ContestServerless.Functions.Judging;

public sealed record ConflictRequest(string? EntryId, string? Judge, string? Reason);
