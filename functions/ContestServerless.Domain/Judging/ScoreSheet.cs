using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Judging;

/// <summary>A judge's points per criterion and comment on one entry (phiếu chấm); blank points are a draft's.</summary>
public sealed record ScoreSheet(IReadOnlyDictionary<string, decimal?> Points, string? Comment)
{
    public const int MaxCommentLength = 4000;

    public static readonly FreeText CommentText = new("nhận xét", MaxCommentLength, LineBreaks: true);
}
