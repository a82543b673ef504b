namespace ContestServerless.Domain.Results;

/// <summary>
/// A prize tier (e.g. "Giải Nhất", 5 prizes): how many entries it takes, optionally only from one movement, and the
/// prize amount in đồng when there is one. Settable properties so contest.json binds it.
/// </summary>
public sealed record PrizeTier
{
    public string Name { get; init; } = "";

    public int Quota { get; init; }

    /// <summary>When set, the tier takes entries of this movement only.</summary>
    public string? MovementId { get; init; }

    public decimal? Amount { get; init; }
}
