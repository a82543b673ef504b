namespace ContestServerless.Domain.Privacy;

/// <summary>An entry a retention run de-identifies (or, for a winner, keeps).</summary>
public sealed record RetentionItem(string EntryId, string UnitId, string Title, bool Withdrawn);
