namespace ContestServerless.Domain.Entries;

/// <summary>An organizer's decision on a flagged entry: "keep" or "exclude", and why.</summary>
public sealed record EligibilityRequest(string? Decision, string? Reason);
