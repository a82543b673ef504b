namespace ContestServerless.Functions.Judging;

/// <summary>An entry's place in a round as the secretariat sees it (organizers only).</summary>
public sealed record SealedEntryView(string EntryId, string Code, string CopyState, IReadOnlyList<string> Hits, string? DecisionReason);
