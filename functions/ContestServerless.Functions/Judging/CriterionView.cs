namespace ContestServerless.Functions.Judging;

public sealed record CriterionView(string Id, string Label, string Description, decimal Max, decimal Step);
