namespace ContestServerless.Domain.Standing;

public sealed record StandingTotals(
    int EntriesReceived,
    int UnitsWithEntries,
    int UnitsWithoutEntries,
    int ReportsFiled,
    int ReportsLate,
    int ReportsMissing,
    IReadOnlyList<Count<string>> ByMovement,
    IReadOnlyList<Count<DateOnly>> ByDay);
