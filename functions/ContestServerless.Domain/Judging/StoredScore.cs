namespace ContestServerless.Domain.Judging;

/// <summary>A score with the version it was read at, for an optimistic save.</summary>
public sealed record StoredScore(Score Score, string Version);
