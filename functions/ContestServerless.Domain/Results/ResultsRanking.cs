using ContestServerless.Domain.Duplicates;
using ContestServerless.Domain.Judging;

namespace ContestServerless.Domain.Results;

/// <summary>
/// Reads what every results decision starts from: the committee's state, the final round (the approved one once
/// approved, else the one organizers chose, else the one that opened last) and its ranking, and the open flags. A
/// request reads it once (<see cref="ReadAsync"/>) and works from that snapshot, so the ranking is computed once.
/// </summary>
public sealed class ResultsRanking(IResultsStore store, ResultsOptions options, JudgingService judging, JudgePlacement placement, IRoundStore rounds)
{
    public async Task<ResultsDraft> ReadAsync(CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(cancellationToken);
        var round = await FinalRoundAsync(state, cancellationToken);
        var ranked = await RankedAsync(round, cancellationToken);
        var flags = await placement.FlagsAsync(cancellationToken);
        return new ResultsDraft(state, round, ranked, flags, options.Tiers);
    }

    /// <summary>The approved results, for the minutes and the certificates; null before approval.</summary>
    public async Task<ResultsApproval?> ApprovedAsync(CancellationToken cancellationToken) => (await store.GetAsync(cancellationToken)).Approval;

    public Task<Round?> FindRoundAsync(string id, CancellationToken cancellationToken) => rounds.FindAsync(id, cancellationToken);

    /// <summary>The round's full ranking (every judge's totals), for the minutes; null when the round cannot rank.</summary>
    public async Task<RoundRanking?> RankingAsync(Round round, CancellationToken cancellationToken) =>
        (await judging.RankingAsync(round.Id, cancellationToken)).Value;

    public async Task<Round?> FinalRoundAsync(ResultsState state, CancellationToken cancellationToken)
    {
        if (state.Approval is { } approval) return await rounds.FindAsync(approval.RoundId, cancellationToken);
        if (state.RoundId is { } id) return await rounds.FindAsync(id, cancellationToken);
        return (await rounds.ListAsync(cancellationToken)).OrderByDescending(r => r.OpensAt).ThenByDescending(r => r.Id, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>The entries sealed into the final round, ranked or not.</summary>
    public async Task<IReadOnlyList<SealedEntry>> FinalRoundEntriesAsync(ResultsState state, CancellationToken cancellationToken) =>
        await FinalRoundAsync(state, cancellationToken) is { } round ? await rounds.EntriesAsync(round.Id, cancellationToken) : [];

    private async Task<IReadOnlyList<ResultsCandidate>> RankedAsync(Round? round, CancellationToken cancellationToken)
    {
        if (round is null) return [];
        var ranking = await RankingAsync(round, cancellationToken);
        if (ranking is null) return [];
        return ranking.Rows.Where(r => r.Ranked.Rank is not null).Select(r => new ResultsCandidate(
            r.Sealed.EntryId, r.Sealed.Facts.Code, r.Sealed.Facts.Title, r.Sealed.Facts.MovementId, r.Ranked.Rank!.Value,
            (round.RankBy == RankBy.Normalized ? r.Ranked.Normalized : r.Ranked.Mean) ?? 0m)).ToList();
    }
}

/// <summary>
/// One reading of the results: the state, the final round, its ranked entries and the open flags. Any state (the one
/// read, or one a decision makes of it) is proposed from the same ranking.
/// </summary>
public sealed record ResultsDraft(ResultsState State, Round? Round, IReadOnlyList<ResultsCandidate> Ranked, OpenFlags Flags, IReadOnlyList<PrizeTier> DefaultTiers)
{
    public IReadOnlyList<PrizeTier> Tiers => TiersOf(State);

    public IReadOnlyList<PrizeTier> TiersOf(ResultsState state) => state.Tiers ?? DefaultTiers;

    /// <summary>The prizes the ranking gives under <paramref name="state"/>'s decisions (not the approved copy).</summary>
    public Proposal Propose(ResultsState state) => ProposalBuilder.Build(Ranked, TiersOf(state), state, Flags.CopiesOf);

    public Proposal Propose() => Propose(State);

    /// <summary>The prizes as they stand: the approved copy once approved, else the proposal.</summary>
    public Proposal Current => State.Approval?.Proposal ?? Propose();
}
