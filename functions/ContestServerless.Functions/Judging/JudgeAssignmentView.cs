namespace ContestServerless.Functions.Judging;

/// <summary>
/// One line of a judge's list. Built only from the sealed facts and the judge's own score: there is no author, unit,
/// receipt, entry id, file name or date of submission to put in it.
/// </summary>
public sealed record JudgeAssignmentView(
    string Code,
    string Title,
    string Movement,
    string MovementName,
    int? WordCount,
    string Status,
    decimal? Total,
    string RoundId,
    string RoundName,
    DateTimeOffset ClosesAt,
    bool Open);
