namespace ContestServerless.Domain.Judging;

/// <summary>A round as organizers describe it; times are Vietnam local ("yyyy-MM-ddTHH:mm") or with an offset.</summary>
public sealed record RoundRequest(
    string? Name,
    List<string>? Judges,
    int? JudgesPerEntry,
    string? OpensAt,
    string? ClosesAt,
    string? FromRound,
    List<CriterionRequest>? Rubric,
    string? RankBy,
    decimal? SpreadToDiscuss,
    Dictionary<string, List<string>>? Panels = null);
