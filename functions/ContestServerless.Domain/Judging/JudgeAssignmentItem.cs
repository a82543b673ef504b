namespace ContestServerless.Domain.Judging;

/// <summary>One entry on a judge's list: the round it is in and the judge's own score. Nothing about its author.</summary>
public sealed record JudgeAssignmentItem(Round Round, Score Score);
