namespace ContestServerless.Domain.Judging;

/// <summary>
/// One line of the rubric (tiêu chí chấm): what the judge weighs, the most it can earn and the step points go in
/// (1 for whole points, 0.5 for half points).
/// </summary>
public sealed record Criterion(string Id, string Label, string Description, decimal Max, decimal Step = 1m);
