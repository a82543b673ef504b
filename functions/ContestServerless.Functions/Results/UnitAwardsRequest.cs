namespace ContestServerless.Functions.Results;

public sealed record UnitAwardsRequest(List<string>? Units);
