namespace ContestServerless.Domain.Units;

/// <summary>A short-lived read-only link to one file, and when it stops working.</summary>
public sealed record FileLink(Uri Url, DateTimeOffset ExpiresAt);
