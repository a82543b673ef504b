namespace ContestServerless.Domain.Judging;

/// <summary>
/// An entry's standing in a round: every judge's total, their mean and spread (max − min), the normalized mean beside
/// it, whether the spread calls for discussion, and its rank (ties share a rank; unscored entries have none).
/// </summary>
public sealed record RankedEntry(
    string EntryId,
    IReadOnlyList<JudgeTotal> Totals,
    decimal? Mean,
    decimal? Spread,
    decimal? Normalized,
    bool Discuss,
    int? Rank);
