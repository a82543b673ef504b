namespace ContestServerless.Functions.UnitPortal;

/// <summary>An entry's screening by its unit, as just decided.</summary>
public sealed record ScreeningView(string Id, string? Screening, string? ScreeningReason);
