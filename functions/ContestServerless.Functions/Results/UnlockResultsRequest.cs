namespace ContestServerless.Functions.Results;

public sealed record UnlockResultsRequest(string? Reason);
