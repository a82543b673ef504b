namespace ContestServerless.Domain.Results;

/// <summary>An entry placed in a tier; <see cref="Tied"/> while it belongs to a tie across the quota nobody has settled.</summary>
public sealed record AwardedEntry(ResultsCandidate Candidate, bool Tied);
