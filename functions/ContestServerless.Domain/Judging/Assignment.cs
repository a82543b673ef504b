namespace ContestServerless.Domain.Judging;

/// <summary>One judge to score one entry in a round.</summary>
public sealed record Assignment(string EntryId, string JudgeEmail);
