namespace ContestServerless.Functions.Results;

/// <summary>An entry's result for its author's lookup: whether results are out and the tier it won (null for none).</summary>
public sealed record EntryResultView(bool Published, string? Tier);
