using System.Text.Json.Serialization;

namespace ContestServerless.Domain.Results;

/// <summary>The prizes as the ranking, the committee's settlements, swaps and disqualifications make them.</summary>
public sealed record Proposal(IReadOnlyList<AwardedTier> Tiers, IReadOnlyList<Tie> Ties)
{
    /// <summary>Entries passed over as possible copies of a better-ranked entry (<see cref="SkippedCopy"/>).</summary>
    public IReadOnlyList<SkippedCopy> Skipped { get; init; } = [];

    [JsonIgnore] public bool HasUnresolvedTie => Ties.Any(t => !t.Resolved);

    [JsonIgnore] public IEnumerable<(AwardedTier Tier, AwardedEntry Entry)> Placed => Tiers.SelectMany(t => t.Entries.Select(e => (t, e)));
}
