using ContestServerless.Domain.Judging;

namespace ContestServerless.Domain.Results;

/// <summary>
/// What organizers see of the results: the final round, the proposal (the approved one once approved), the state of
/// the committee's decisions, and the authors behind the codes only after approval.
/// </summary>
public sealed record ResultsBoard(
    Round? Round,
    IReadOnlyList<ResultsCandidate> Ranked,
    Proposal Proposal,
    ResultsState State,
    IReadOnlyList<PrizeTier> Tiers,
    IReadOnlyDictionary<string, Winner> Identities);
