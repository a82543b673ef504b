namespace ContestServerless.Domain.Judging;

/// <summary>A judge's submitted total for one entry. Drafts, recusals and unscored assignments are not totals.</summary>
public sealed record JudgeTotal(string EntryId, string JudgeEmail, decimal Total);
