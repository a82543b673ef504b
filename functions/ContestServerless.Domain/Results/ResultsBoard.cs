using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Judging;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Results;

/// <summary>Builds what organizers see of the results, from a reading of them (one made for a decision, or a new one).</summary>
public sealed class ResultsBoards(ResultsRanking ranking, WinnerList winners, IAuditLog audit)
{
    public async Task<ResultsBoard> BoardAsync(SignedInUser by, CancellationToken cancellationToken) =>
        await BoardAsync(by, await ranking.ReadAsync(cancellationToken), cancellationToken);

    /// <summary>
    /// The board after a decision was saved: from <paramref name="draft"/>, the reading the decision was made from, with
    /// the state as stored (so the ranking is not computed again); from a new reading when there is none.
    /// </summary>
    public async Task<Result<ResultsBoard>> AfterAsync(SignedInUser by, Result<ResultsState> saved, ResultsDraft? draft, CancellationToken cancellationToken)
    {
        if (saved.Problem is { } problem) return problem;
        return draft is null
            ? await BoardAsync(by, cancellationToken)
            : await BoardAsync(by, draft with { State = saved.Value! }, cancellationToken);
    }

    public async Task<ResultsBoard> BoardAsync(SignedInUser by, ResultsDraft draft, CancellationToken cancellationToken)
    {
        var state = draft.State;
        IReadOnlyDictionary<string, Winner> identities = new Dictionary<string, Winner>();
        IReadOnlyList<ResultsCandidate> leftPlay = [];
        var proposal = draft.Current;
        IReadOnlyList<ResultsCandidate> undecided = state.Approval is null ? proposal.Undecided(draft.Flags) : [];
        if (state.Approval is { } approval)
        {
            var read = await winners.ReadAsync(approval.Proposal, cancellationToken);
            leftPlay = read.LeftPlay;
            // Opening the codes (mở phách) shows names to a person: on the audit trail each time.
            identities = read.Winners.ToDictionary(w => w.Candidate.EntryId);
            await audit.RecordAsync(by, AuditAction.ResultsIdentitiesViewed, ResultsChanges.Subject, $"{identities.Count} bài đạt giải", cancellationToken);
        }
        return new ResultsBoard(draft.Round, draft.Ranked, proposal, state, draft.Tiers, identities, leftPlay) { Undecided = undecided };
    }
}

/// <summary>
/// What organizers see of the results: the final round, the proposal (the approved one once approved), the state of
/// the committee's decisions, the authors behind the codes only after approval, and the approved prizes whose
/// entries have left play since (withdrawn, erased, excluded or marked a copy), which need the committee's decision.
/// </summary>
public sealed record ResultsBoard(
    Round? Round,
    IReadOnlyList<ResultsCandidate> Ranked,
    Proposal Proposal,
    ResultsState State,
    IReadOnlyList<PrizeTier> Tiers,
    IReadOnlyDictionary<string, Winner> Identities,
    IReadOnlyList<ResultsCandidate> LeftPlay)
{
    /// <summary>Before approval: proposed prizes whose entries wait for a decision (eligibility, possible duplicate); approval is refused while any does.</summary>
    public IReadOnlyList<ResultsCandidate> Undecided { get; init; } = [];
}
