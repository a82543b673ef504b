namespace ContestServerless.Domain.Duplicates;

/// <summary>Organizers declare an entry and <see cref="DistinctFrom"/> two works, not copies, saying why.</summary>
public sealed record DistinctRequest(string? DistinctFrom, string? Reason);
