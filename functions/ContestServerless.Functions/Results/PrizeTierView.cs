namespace ContestServerless.Functions.Results;

/// <summary>A tier as configured (contest.json or the organizers' change).</summary>
public sealed record PrizeTierView(string Name, int Quota, string? MovementId, decimal? Amount);
