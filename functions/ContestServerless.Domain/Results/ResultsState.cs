using System.Text.Json.Serialization;

namespace ContestServerless.Domain.Results;

/// <summary>The committee's decisions on the results, stored as one row so every change is checked against the last.</summary>
public sealed record ResultsState
{
    public static readonly ResultsState Empty = new();

    /// <summary>Tiers organizers set; null keeps contest.json's.</summary>
    public IReadOnlyList<PrizeTier>? Tiers { get; init; }

    /// <summary>The round results come from; null takes the round that opened last.</summary>
    public string? RoundId { get; init; }

    public IReadOnlyList<TieResolution> Resolutions { get; init; } = [];

    public IReadOnlyList<PrizeSwap> Swaps { get; init; } = [];

    public IReadOnlyList<Disqualification> Disqualified { get; init; } = [];

    public ResultsApproval? Approval { get; init; }

    /// <summary>When the results become public; null until organizers publish.</summary>
    public DateTimeOffset? PublishAt { get; init; }

    /// <summary>Units organizers chose for a unit award (giải tập thể).</summary>
    public IReadOnlyList<string> AwardedUnits { get; init; } = [];

    /// <summary>The store's concurrency token as read.</summary>
    [JsonIgnore] public string Version { get; init; } = "";

    public bool IsPublishedAt(DateTimeOffset now) => PublishAt is { } at && now >= at;
}
