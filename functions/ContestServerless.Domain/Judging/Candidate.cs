namespace ContestServerless.Domain.Judging;

/// <summary>An entry waiting for judges: the facts assignment needs and nothing a judge will ever see.</summary>
public sealed record Candidate(string EntryId, string UnitId, string MovementId, IReadOnlyList<AuthorIdentity> Authors);
