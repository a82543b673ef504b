namespace ContestServerless.Domain.Results;

/// <summary>
/// A prize as people are told of it, once the sealed code is opened (mở phách): the tier, the entry and who wrote it.
/// Made only from <see cref="ResultsApproval"/>, so only approved results ever carry names.
/// </summary>
public sealed record Winner(
    string TierName,
    decimal? Amount,
    ResultsCandidate Candidate,
    IReadOnlyList<string> Authors,
    string UnitId,
    string UnitName,
    string MovementName);
