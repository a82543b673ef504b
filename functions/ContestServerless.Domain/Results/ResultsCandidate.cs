namespace ContestServerless.Domain.Results;

/// <summary>An entry of the final round as the proposal sees it: sealed code, title, movement, rank and the figure it was ranked by.</summary>
public sealed record ResultsCandidate(string EntryId, string Code, string Title, string MovementId, int Rank, decimal Score);
