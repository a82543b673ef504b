namespace ContestServerless.Domain.Results;

/// <summary>A tier as filled: its settings, the quota after any extension, and its entries in rank order.</summary>
public sealed record AwardedTier(PrizeTier Tier, int Quota, IReadOnlyList<AwardedEntry> Entries);
