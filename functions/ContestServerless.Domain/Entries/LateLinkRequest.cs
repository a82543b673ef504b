namespace ContestServerless.Domain.Entries;

/// <summary>What an organizer asks for: a late-entry link for a unit or for a named person, until when.</summary>
public sealed record LateLinkRequest(string? UnitId, string? PersonName, DateTimeOffset? ExpiresAt);
