using ContestServerless.Domain.Reports;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Standing;

/// <summary>
/// One unit's row on the dashboard. <see cref="Entries"/> includes its sub-units' entries (a district's
/// schools), <see cref="OwnEntries"/> does not.
/// </summary>
public sealed record UnitStanding(
    Unit Unit, int Depth, int OwnEntries, int Entries, DateTimeOffset? LastReceivedAt, int SubUnits)
{
    /// <summary>The letter asks every unit for at least one entry; these are the ones to chase.</summary>
    public bool HasNoEntries => Entries == 0;

    /// <summary>Fewer entries (with sub-units) than the unit's required minimum.</summary>
    public bool BelowMinimum => Entries < Unit.MinimumEntries;

    public ReportStatus Report { get; init; }

    /// <summary>Entries (with sub-units) the focal points handed in, forwarded and held back.</summary>
    public int HandedIn { get; init; }

    public int Forwarded { get; init; }

    public int HeldBack { get; init; }
}
