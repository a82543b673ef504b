namespace ContestServerless.Domain.Privacy;

/// <summary>
/// What a retention run does at <see cref="At"/>: nothing before <see cref="DueAt"/> (or while the results are not
/// published, <see cref="DueAt"/> null); from then on it de-identifies <see cref="ToDeidentify"/> and keeps the winners.
/// </summary>
public sealed record RetentionPlan(DateTimeOffset At, DateTimeOffset? ResultsPublishedAt, DateTimeOffset? DueAt, int RetentionMonths,
    IReadOnlyList<RetentionItem> ToDeidentify, int WinnersKept)
{
    public bool Due => DueAt is { } due && At >= due;
}
