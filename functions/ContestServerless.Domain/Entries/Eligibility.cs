namespace ContestServerless.Domain.Entries;

/// <summary>
/// Whether an entry may be in the contest (điều kiện dự thi): the concerns found when it was created or checked
/// again (an author who is staff, or who is the essay's subject), and what organizers decided about them.
/// </summary>
public sealed record Eligibility(
    IReadOnlyList<string> Concerns,
    EligibilityDecision Decision = EligibilityDecision.Undecided,
    string? Reason = null,
    string? DecidedBy = null,
    DateTimeOffset? DecidedAt = null)
{
    public static readonly Eligibility Clear = new([]);

    public bool IsFlagged => Concerns.Count > 0;

    /// <summary>Flagged and not yet decided: an organizer has to look at it.</summary>
    public bool AwaitsDecision => IsFlagged && Decision == EligibilityDecision.Undecided;

    public bool SameConcernsAs(IReadOnlyList<string> concerns) => Concerns.SequenceEqual(concerns, StringComparer.Ordinal);
}
