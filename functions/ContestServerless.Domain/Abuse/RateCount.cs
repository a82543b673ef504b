namespace ContestServerless.Domain.Abuse;

/// <summary>How many times something was counted in the current window, and when that window ends.</summary>
public sealed record RateCount(int Count, DateTimeOffset WindowEndsAt);
