using ContestServerless.Domain.Entries;

namespace ContestServerless.Domain.Judging;

/// <summary>
/// The entries a round takes, and those it holds until organizers decide: flagged for eligibility (chờ xem điều kiện
/// dự thi) or possibly the same work as another entry (có thể trùng). An entry with both counts as waiting for eligibility.
/// </summary>
public sealed record RoundIntake(
    Dictionary<string, Entry> Taken,
    IReadOnlyList<string> AwaitingEligibility,
    IReadOnlyList<string> PossibleCopies);
