namespace ContestServerless.Domain.Results;

/// <summary>Organizers set the tiers and, optionally, the round results come from.</summary>
public sealed record ResultsSettingsRequest(List<PrizeTierRequest>? Tiers, string? RoundId);
