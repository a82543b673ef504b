using System.Text.Json.Serialization;

namespace ContestServerless.Domain.Results;

/// <summary>The prizes as the ranking, the committee's settlements, swaps and disqualifications make them.</summary>
public sealed record Proposal(IReadOnlyList<AwardedTier> Tiers, IReadOnlyList<Tie> Ties)
{
    [JsonIgnore] public bool HasUnresolvedTie => Ties.Any(t => !t.Resolved);

    [JsonIgnore] public IEnumerable<(AwardedTier Tier, AwardedEntry Entry)> Placed => Tiers.SelectMany(t => t.Entries.Select(e => (t, e)));
}
