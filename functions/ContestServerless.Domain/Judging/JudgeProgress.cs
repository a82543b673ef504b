namespace ContestServerless.Domain.Judging;

/// <summary>How far a judge is in a round ("đã chấm 12/40"); recused entries are not counted as the judge's.</summary>
public sealed record JudgeProgress(string JudgeEmail, int Assigned, int Submitted, int Drafts, int Recused);
