namespace ContestServerless.Functions.Judging;

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
    string State);
