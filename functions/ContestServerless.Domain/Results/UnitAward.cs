using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Entries;
using ContestServerless.Domain.Reports;
using ContestServerless.Domain.Staff;
using ContestServerless.Domain.Units;

namespace ContestServerless.Domain.Results;

/// <summary>The unit awards (giải tập thể): every active unit's participation, and the units organizers choose to award.</summary>
public sealed class UnitAwardsService(
    IResultsStore store,
    ResultsRanking ranking,
    IUnitRegister units,
    IEntryStore entries,
    IQuickReportStore reports,
    IAuditLog audit)
{
    /// <summary>Every active unit's participation, for choosing unit awards.</summary>
    public async Task<IReadOnlyList<UnitAward>> ListAsync(CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(cancellationToken);
        var register = (await units.ListAsync(cancellationToken)).Where(u => u.Active).ToList();
        var ids = register.Select(u => u.Id).ToList();
        var tallies = (await entries.GetTalliesAsync(ids, cancellationToken)).ToDictionary(t => t.UnitId);
        var latest = (await reports.LatestAsync(ids, cancellationToken)).ToDictionary(r => r.UnitId);
        var unitOf = new Dictionary<string, string>();
        foreach (var sealedEntry in await ranking.FinalRoundEntriesAsync(state, cancellationToken))
            if ((await entries.FindAsync(sealedEntry.EntryId, cancellationToken))?.Entry is { } entry) unitOf[entry.Id] = entry.UnitId;
        var prizes = state.Approval is { } approval
            ? approval.Proposal.Placed.GroupBy(p => unitOf.GetValueOrDefault(p.Entry.Candidate.EntryId) ?? "").ToDictionary(g => g.Key, g => g.Count())
            : [];
        var inFinal = unitOf.Values.GroupBy(u => u).ToDictionary(g => g.Key, g => g.Count());
        return register.Select(u => new UnitAward(u.Id, u.Name, u.MinimumEntries,
            tallies.GetValueOrDefault(u.Id)?.ReceivedEntries ?? 0, inFinal.GetValueOrDefault(u.Id), prizes.GetValueOrDefault(u.Id),
            latest.TryGetValue(u.Id, out var report) ? !report.Late : null, state.AwardedUnits.Contains(u.Id))).ToList();
    }

    /// <summary>Awards exactly <paramref name="unitIds"/>, until the results are published; answers the table again.</summary>
    public async Task<Result<IReadOnlyList<UnitAward>>> SaveAsync(SignedInUser by, List<string>? unitIds, CancellationToken cancellationToken)
    {
        var chosen = (unitIds ?? []).Select(Text.Clean).Distinct().ToList();
        var known = (await units.ListAsync(cancellationToken)).Select(u => u.Id).ToHashSet();
        if (chosen.FirstOrDefault(id => !known.Contains(id)) is { } unknown) return Problem.InvalidField("units", $"Không có đơn vị “{unknown}”.");
        var state = await store.GetAsync(cancellationToken);
        if (state.RefuseOncePublished() is { } published) return published;
        var saved = await store.SaveAsync(state, state with { AwardedUnits = chosen }, audit, by,
            AuditAction.ResultsChanged, $"Giải tập thể: {string.Join(", ", chosen)}", cancellationToken);
        if (saved.Problem is { } problem) return problem;
        return new Result<IReadOnlyList<UnitAward>>(await ListAsync(cancellationToken), null);
    }
}

/// <summary>
/// A unit's participation for the unit awards (giải tập thể): entries received against its minimum, entries that
/// reached the final round, prizes won, whether its quick report came on time, and whether organizers award it.
/// </summary>
public sealed record UnitAward(
    string UnitId,
    string UnitName,
    int Minimum,
    int Entries,
    int InFinalRound,
    int Prizes,
    bool? ReportOnTime,
    bool Awarded)
{
    public bool MetMinimum => Entries >= Minimum;
}
