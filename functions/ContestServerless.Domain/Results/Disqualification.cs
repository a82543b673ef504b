namespace ContestServerless.Domain.Results;

/// <summary>An entry found ineligible at the results (an organizer or juror as author, an invented story): it leaves the ranking.</summary>
public sealed record Disqualification(string EntryId, string Reason, string By, DateTimeOffset At);
