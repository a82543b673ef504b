using System.Text.Json.Serialization;

namespace ContestServerless.Domain.Results;

/// <summary>
/// Entries sharing a rank across a tier's quota: <see cref="Seats"/> of them fit in the tier, the rest do not. Until
/// <see cref="Resolution"/> is set the proposal places them by entry id only provisionally, and approval is refused.
/// </summary>
public sealed record Tie(string Key, string TierName, int Rank, IReadOnlyList<string> EntryIds, int Seats, TieResolution? Resolution)
{
    [JsonIgnore] public bool Resolved => Resolution is not null;
}
