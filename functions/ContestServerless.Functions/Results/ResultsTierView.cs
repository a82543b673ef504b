namespace ContestServerless.Functions.Results;

/// <summary>A tier as filled: its quota (after any extension) and its entries in rank order.</summary>
public sealed record ResultsTierView(string Name, int Quota, string? MovementId, decimal? Amount, List<ResultsEntryView> Entries);
