namespace ContestServerless.Domain.Judging;

public sealed record CriterionRequest(string? Id, string? Label, string? Description, decimal? Max, decimal? Step);
