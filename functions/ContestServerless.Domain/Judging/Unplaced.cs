namespace ContestServerless.Domain.Judging;

/// <summary>An entry that could not get all its judges: how many it still lacks and why, in the organizers' words.</summary>
public sealed record Unplaced(string EntryId, int Missing, string Reason);
