namespace ContestServerless.Domain.Results;

public sealed record SwapRequest(string? EntryA, string? EntryB, string? Reason);
