namespace ContestServerless.Domain.Results;

/// <summary>
/// Entries level on the ranking figure across a tier's quota, and what the jury decided (moved one up, extended the
/// quota, a recorded vote …).
/// </summary>
public sealed record MinutesTie(int Rank, IReadOnlyList<string> Codes, string Tier, string Settlement);
