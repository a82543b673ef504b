namespace ContestServerless.Functions.Judging;

public sealed record RemindedJudgesView(IReadOnlyList<string> Reminded);
