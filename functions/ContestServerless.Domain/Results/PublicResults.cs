namespace ContestServerless.Domain.Results;

/// <summary>The published results: every tier with its winners, in order.</summary>
public sealed record PublicResults(DateTimeOffset PublishedAt, IReadOnlyList<PublishedTier> Tiers);
