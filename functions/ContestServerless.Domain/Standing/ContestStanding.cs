using ContestServerless.Domain.Contest;
using ContestServerless.Domain.Reports;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Standing;

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

public sealed record StandingTotals(
    int EntriesReceived,
    int UnitsWithEntries,
    int UnitsWithoutEntries,
    int ReportsFiled,
    int ReportsLate,
    int ReportsMissing,
    IReadOnlyList<Count<string>> ByMovement,
    IReadOnlyList<Count<DateOnly>> ByDay);

public sealed record GroupStanding(string GroupId, string GroupName, IReadOnlyList<UnitStanding> Units);

public sealed record Count<TKey>(TKey Key, string Label, int Entries);
