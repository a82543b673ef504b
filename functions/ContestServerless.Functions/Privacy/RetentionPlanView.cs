namespace ContestServerless.Functions.Privacy;

/// <summary>The dry run: what retention would do at <see cref="At"/> (Vietnam time), changing nothing.</summary>
public sealed record RetentionPlanView(DateTimeOffset At, DateTimeOffset? ResultsPublishedAt, DateTimeOffset? DueAt, int RetentionMonths,
    bool Due, IReadOnlyList<RetentionItemView> ToDeidentify, int WinnersKept);
