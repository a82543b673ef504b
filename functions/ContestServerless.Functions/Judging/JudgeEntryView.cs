namespace ContestServerless.Functions.Judging;

/// <summary>An entry as its judge opens it: the sealed facts, the rubric and the judge's own sheet, nothing more.</summary>
public sealed record JudgeEntryView(
    string Code,
    string Title,
    string Movement,
    string MovementName,
    int? WordCount,
    string FileExtension,
    string RoundName,
    DateTimeOffset ClosesAt,
    bool Open,
    IReadOnlyList<CriterionView> Rubric,
    decimal MaxTotal,
    string Status,
    IReadOnlyDictionary<string, decimal?> Points,
    string Comment,
    decimal? Total,
    DateTimeOffset? SavedAt);
