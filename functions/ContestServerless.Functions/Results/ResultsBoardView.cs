namespace ContestServerless.Functions.Results;

/// <summary>
/// The organizers' results page: the proposal (or the approved results), its ties, and where the results stand.
/// <see cref="SubmissionsOpen"/> is true until submissions close: approving or publishing then needs a reason.
/// </summary>
public sealed record ResultsBoardView(
    string? RoundId,
    string? RoundName,
    bool RoundClosed,
    List<ResultsTierView> Tiers,
    List<TieView> Ties,
    List<ResultsEntryView> Unplaced,
    bool Approved,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    DateTimeOffset? PublishedAt,
    bool Published,
    List<PrizeTierView> Settings,
    List<SwapView> Swaps,
    List<DisqualificationView> Disqualified,
    List<TieEntryView> LeftPlay,
    bool SubmissionsOpen,
    DateTimeOffset SubmissionsCloseAt)
{
    /// <summary>Proposed prizes whose entries wait for a decision; approval is refused while any is listed.</summary>
    public List<TieEntryView> Undecided { get; init; } = [];

    /// <summary>Ranked entries passed over as possible copies of a better-ranked one: one work takes one prize.</summary>
    public List<SkippedCopyView> Skipped { get; init; } = [];
}
