namespace ContestServerless.Functions.Judging;

public sealed record JudgeProgressView(string Judge, int Assigned, int Submitted, int Drafts, int Recused);
