namespace ContestServerless.Domain.Results;

public sealed record PrizeTierRequest(string? Name, int? Quota, string? MovementId, decimal? Amount);
