namespace ContestServerless.Functions.Judging;

/// <summary>A judge's sheet as the scoring page sends it: points per criterion id, the comment, and whether to submit.</summary>
public sealed record ScoreRequest(Dictionary<string, decimal?>? Criteria, string? Comment, bool Submit);
