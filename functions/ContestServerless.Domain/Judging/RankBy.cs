namespace ContestServerless.Domain.Judging;

/// <summary>Which figure orders a round's entries; the round states it so nobody wonders later.</summary>
public enum RankBy
{
    /// <summary>The plain mean of the judges' totals.</summary>
    Mean,

    /// <summary>
    /// The mean of each judge's totals rescaled by that judge's own mean and spread (z-score), so a strict judge and
    /// a generous one weigh the same.
    /// </summary>
    Normalized,
}
