namespace ContestServerless.Domain.Judging;

/// <summary>Which entries go on: the top N (overall, or per movement), or every entry at or above a score.</summary>
public sealed record ShortlistRequest(int? Top, bool PerMovement, decimal? AtLeast);
