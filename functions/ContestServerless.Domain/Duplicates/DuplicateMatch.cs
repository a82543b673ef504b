namespace ContestServerless.Domain.Duplicates;

/// <summary>Another entry that may be the same work, and why.</summary>
public sealed record DuplicateMatch(string EntryId, string Title, string UnitId, DuplicateReason Reason);
