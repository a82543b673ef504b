namespace ContestServerless.Functions.Judging;

public sealed record RankingView(RoundView Round, IReadOnlyList<RankingEntryView> Entries, IReadOnlyList<JudgeProgressView> Progress);
