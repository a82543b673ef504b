namespace ContestServerless.Domain.Units;

public sealed record FocalPointRequest(string? Name, string? Position, string? Email, string? Phone);
