namespace ContestServerless.Functions.Duplicates;

/// <summary>An entry's copy mark: copyOf is null when it is not (or no longer) marked as a copy.</summary>
public sealed record CopyMarkView(string Id, string? CopyOf, string? Reason, string? MarkedBy, DateTimeOffset? MarkedAt);
