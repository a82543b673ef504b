namespace ContestServerless.Functions.Duplicates;

/// <summary>The entries organizers declared distinct works from this one.</summary>
public sealed record DistinctView(string Id, IReadOnlyList<string> DistinctFrom);
