using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Exports;
using ContestServerless.Domain.Reports;
using ContestServerless.Domain.Staff;
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

public sealed record GroupStanding(string GroupId, string GroupName, IReadOnlyList<UnitStanding> Units);

public sealed record Count<TKey>(TKey Key, string Label, int Entries);

public sealed record StandingTotals(
    int EntriesReceived,
    int UnitsWithEntries,
    int UnitsWithoutEntries,
    int ReportsFiled,
    int ReportsLate,
    int ReportsMissing,
    IReadOnlyList<Count<string>> ByMovement,
    IReadOnlyList<Count<DateOnly>> ByDay);

/// <summary>Where the contest stands: totals and every unit, grouped as in the letter, parents before their sub-units.</summary>
public sealed record ContestStanding(StandingTotals Totals, IReadOnlyList<GroupStanding> Groups)
{
    public IEnumerable<UnitStanding> Units => Groups.SelectMany(g => g.Units);

    public static ContestStanding Compute(ContestOptions contest, IReadOnlyList<Unit> units, IReadOnlyList<UnitTally> tallies)
    {
        var tree = new UnitTree(units);
        var tallyOf = tallies.ToDictionary(t => t.UnitId, StringComparer.Ordinal);
        UnitTally TallyOf(string id) => tallyOf.GetValueOrDefault(id) ?? UnitTally.Empty(id);

        UnitStanding Row(Unit unit, int depth)
        {
            var subtree = tree.SelfAndDescendants(unit.Id).Select(u => TallyOf(u.Unit.Id)).ToList();
            return new UnitStanding(unit, depth, TallyOf(unit.Id).ReceivedEntries, subtree.Sum(t => t.ReceivedEntries),
                subtree.Max(t => t.LastReceivedAt), subtree.Count - 1)
            {
                Report = ReportStatuses.Of(TallyOf(unit.Id)),
                HandedIn = subtree.Sum(t => t.HandedIn),
                Forwarded = subtree.Sum(t => t.Forwarded),
                HeldBack = subtree.Sum(t => t.HeldBack),
            };
        }

        // Each unit under its own group, as the letter lists them; within a group, a parent is followed by
        // its sub-units of the same group. Sub-units of another group (a district's schools) are counted in
        // the parent's total and listed in their own group.
        // Units that no longer take part leave the table; their entries still count in the totals.
        var groups = tree.InLetterOrder(tree.All.Where(u => u.Active), [.. contest.UnitGroups.Select(g => g.Id)])
            .Select(g => new GroupStanding(g.Group, contest.UnitGroups.Find(u => u.Id == g.Group)?.Name ?? g.Group,
                g.Units.Select(u => Row(u.Unit, u.Depth)).ToList()))
            .ToList();
        var ordered = groups.SelectMany(g => g.Units).ToList();

        var allTallies = units.Select(u => TallyOf(u.Id)).ToList();
        var totals = new StandingTotals(
            allTallies.Sum(t => t.ReceivedEntries),
            ordered.Count(u => !u.HasNoEntries),
            ordered.Count(u => u.HasNoEntries),
            ordered.Count(u => u.Report == ReportStatus.Filed),
            ordered.Count(u => u.Report == ReportStatus.Late),
            ordered.Count(u => u.Report == ReportStatus.Missing),
            contest.Movements
                .Select(m => new Count<string>(m.Id, m.Name, allTallies.Sum(t => t.ByMovement.GetValueOrDefault(m.Id))))
                .ToList(),
            allTallies.SelectMany(t => t.ByDay)
                .GroupBy(d => d.Key)
                .OrderBy(g => g.Key)
                .Select(g => new Count<DateOnly>(g.Key, g.Key.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), g.Sum(d => d.Value)))
                .ToList());
        return new ContestStanding(totals, groups);
    }
}

public sealed class StandingService(ContestOptions contest, IUnitRegister units, IEntryStore entries, IAuditLog audit, TimeProvider clock)
{
    public async Task<ContestStanding> GetAsync(CancellationToken cancellationToken) =>
        (await LoadAsync(cancellationToken)).Standing;

    /// <summary>The dashboard's unit table as .xlsx or CSV.</summary>
    public async Task<Result<Export>> ExportAsync(SignedInUser user, string? format, CancellationToken cancellationToken)
    {
        if (ExportFormats.Parse(format) is not { } exportFormat) return ExportFormats.InvalidFormat();
        var (standing, tree) = await LoadAsync(cancellationToken);
        var rows = standing.Groups.SelectMany(g => g.Units.Select(u => (g, u)));
        var export = await Export.WriteAsync(new Sheet<(GroupStanding, UnitStanding)>("Tình hình các đơn vị", ExportSheets.StandingColumns(tree), rows),
            exportFormat, "Tinh-hinh-cac-don-vi", clock.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(user, AuditAction.StandingExported, "units", ExportFormats.Label(exportFormat), cancellationToken);
        return export;
    }

    private async Task<(ContestStanding Standing, UnitTree Tree)> LoadAsync(CancellationToken cancellationToken)
    {
        var register = await units.ListAsync(cancellationToken);
        var tallies = await entries.GetTalliesAsync(register.Select(u => u.Id).ToList(), cancellationToken);
        return (ContestStanding.Compute(contest, register, tallies), new UnitTree(register));
    }
}
