namespace ContestServerless.Domain.Units;

/// <summary>A unit's personal link: the token for the portal's address, and until when it works.</summary>
public sealed record UnitLink(string UnitId, string Token, DateTimeOffset ExpiresAt);
