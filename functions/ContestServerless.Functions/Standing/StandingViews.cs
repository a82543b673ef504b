using System.Globalization;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Standing;
using ContestServerless.Functions.Reports;

namespace ContestServerless.Functions.Standing;

public static class StandingViews
{
    public static StandingView Standing(ContestStanding standing)
    {
        var totals = standing.Totals;
        return new(
            totals.EntriesReceived,
            totals.UnitsWithEntries,
            totals.UnitsWithoutEntries,
            totals.ReportsFiled,
            totals.ReportsLate,
            totals.ReportsMissing,
            [.. totals.ByMovement.Select(m => new MovementCountView(m.Key, m.Label, m.Entries))],
            [.. totals.ByDay.Select(d => new DayCountView(d.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Entries))],
            [.. standing.Groups.Select(g => new GroupStandingView(g.GroupId, g.GroupName, [.. g.Units.Select(Unit)]))]);
    }

    private static UnitStandingView Unit(UnitStanding u) => new(
        u.Unit.Id,
        u.Unit.Name,
        u.Unit.ParentId,
        u.Depth,
        u.OwnEntries,
        u.Entries,
        u.SubUnits,
        u.LastReceivedAt is { } at ? VietnamTime.ToLocal(at) : null,
        u.HasNoEntries,
        u.Unit.MinimumEntries,
        u.BelowMinimum,
        ReportViews.StatusName(u.Report),
        u.HandedIn,
        u.Forwarded,
        u.HeldBack);
}

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

public sealed record UnitStandingView(
    string Id,
    string Name,
    string? ParentId,
    int Depth,
    int OwnEntries,
    int Entries,
    int SubUnits,
    DateTimeOffset? LastReceivedAt,
    bool HasNoEntries,
    int MinimumEntries,
    bool BelowMinimum,
    string Report,
    int HandedIn,
    int Forwarded,
    int HeldBack);

public sealed record GroupStandingView(string Group, string Name, IReadOnlyList<UnitStandingView> Units);

public sealed record MovementCountView(string Movement, string Name, int Entries);

/// <summary>Entries received on a day (yyyy-MM-dd, Vietnam time).</summary>
public sealed record DayCountView(string Day, int Entries);
