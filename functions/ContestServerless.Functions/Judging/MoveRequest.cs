namespace ContestServerless.Functions.Judging;

public sealed record MoveRequest(string? EntryId, string? From, string? To);
