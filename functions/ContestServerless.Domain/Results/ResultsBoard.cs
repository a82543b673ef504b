using ContestServerless.Domain.Judging;

namespace ContestServerless.Domain.Results;

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
