namespace ContestServerless.Functions.Judging;

/// <summary>A judging round as organizers see it; <see cref="Shortlisted"/> counts the entries chosen for the next round.</summary>
public sealed record RoundView(
    string Id,
    string Name,
    IReadOnlyList<string> Judges,
    int JudgesPerEntry,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    string? FromRound,
    string RankBy,
    decimal SpreadToDiscuss,
    IReadOnlyList<CriterionView> Rubric,
    bool RubricFrozen,
    string State,
    int Shortlisted);
