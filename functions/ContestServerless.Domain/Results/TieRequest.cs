namespace ContestServerless.Domain.Results;

/// <summary>The committee settles a tie: method "moveUp", "extend" or "vote"; the chosen entries (not for "extend"); a note (the vote's figures).</summary>
public sealed record TieRequest(string? Key, string? Method, List<string>? Chosen, string? Note);
