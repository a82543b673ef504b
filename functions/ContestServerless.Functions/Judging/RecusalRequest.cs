namespace ContestServerless.Functions.Judging;

public sealed record RecusalRequest(string? Reason);
