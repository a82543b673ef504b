namespace ContestServerless.Domain.Results;

public sealed record PublishedTier(PrizeTier Tier, IReadOnlyList<Winner> Winners);
