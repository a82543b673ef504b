namespace ContestServerless.Domain.Judging;

/// <summary>A round's ranking for organizers, with every judge's progress.</summary>
public sealed record RoundRanking(Round Round, IReadOnlyList<RankingRow> Rows, IReadOnlyList<JudgeProgress> Progress);
