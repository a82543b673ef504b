namespace ContestServerless.Functions.Standing;

/// <summary>The dashboard: totals and every unit's standing, grouped as in the letter.</summary>
public sealed record StandingView(
    int EntriesReceived,
    int UnitsWithEntries,
    int UnitsWithoutEntries,
    int ReportsFiled,
    int ReportsLate,
    int ReportsMissing,
    IReadOnlyList<MovementCountView> ByMovement,
    IReadOnlyList<DayCountView> ByDay,
    IReadOnlyList<GroupStandingView> Groups);
