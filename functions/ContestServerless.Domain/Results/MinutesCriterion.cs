namespace ContestServerless.Domain.Results;

/// <summary>One criterion of the rubric as the minutes state it: what was weighed and the most it earned.</summary>
public sealed record MinutesCriterion(string Label, decimal Max);
