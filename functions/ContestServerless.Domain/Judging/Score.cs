using System.Globalization;
using ContestServerless.Domain.Common;

namespace ContestServerless.Domain.Judging;

/// <summary>
/// One judge's score on one entry in one round (phiếu chấm): the assignment and, once saved, the points and comment.
/// The rules for changing it live here: nothing before the round opens, amendments until it closes, after that only
/// where an organizer unlocked this one score.
/// </summary>
public sealed class Score
{
    public required string RoundId { get; init; }
    public required string EntryId { get; init; }

    /// <summary>What the judge may know of the entry, starting with its sealed code (số phách).</summary>
    public required SealedFacts Facts { get; init; }

    public string Code => Facts.Code;

    public required string JudgeEmail { get; init; }
    public required DateTimeOffset AssignedAt { get; init; }

    public ScoreState State { get; private set; } = ScoreState.Assigned;
    public IReadOnlyDictionary<string, decimal?> Points { get; private set; } = new Dictionary<string, decimal?>();
    public string Comment { get; private set; } = "";
    public decimal? Total { get; private set; }
    public DateTimeOffset? SavedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string? RecusalReason { get; private set; }

    /// <summary>An organizer reopened this score after the round closed (with a reason, audited); the next submit locks it again.</summary>
    public bool Unlocked { get; private set; }

    public bool Counts => State == ScoreState.Submitted;

    public static readonly FreeText RecusalReasonText = new("lý do xin rút", 500, LineBreaks: true, Missing: "Vui lòng nêu lý do xin rút.");

    public static readonly FreeText UnlockReasonText = new("lý do mở khóa", 500, LineBreaks: true, Missing: "Vui lòng nêu lý do mở khóa.");

    /// <summary>Saves a draft or submits. Returns the problem that stops it; on success the score has changed.</summary>
    public Problem? Save(Round round, ScoreSheet sheet, bool submit, DateTimeOffset now)
    {
        if (State == ScoreState.Recused)
            return new Problem(ProblemKind.Conflict, "Giám khảo đã rút khỏi bài này", "Bài đã được chuyển cho giám khảo khác chấm.");
        if (now < round.OpensAt)
            return new Problem(ProblemKind.Closed, "Vòng chấm chưa mở", $"Vòng chấm “{round.Name}” mở từ {VietnamTime.DateTime(round.OpensAt)}.");
        if (round.IsClosedAt(now) && !Unlocked)
            return new Problem(ProblemKind.Closed, "Vòng chấm đã đóng",
                $"Vòng chấm “{round.Name}” đã đóng lúc {VietnamTime.DateTime(round.ClosesAt)}; điểm đã được khóa. Liên hệ Ban Thư ký nếu cần sửa.");
        if (round.Rubric.Check(sheet, submit) is { } invalid) return invalid;

        Points = round.Rubric.Criteria.ToDictionary(c => c.Id, c => sheet.Points.GetValueOrDefault(c.Id));
        Comment = Text.Clean(sheet.Comment);
        SavedAt = now;
        if (submit)
        {
            State = ScoreState.Submitted;
            Total = round.Rubric.Total(sheet);
            SubmittedAt = now;
            Unlocked = false;
        }
        else
        {
            State = ScoreState.Draft;
            Total = null;
        }
        return null;
    }

    public Problem? Recuse(string? reason, Round round, DateTimeOffset now)
    {
        if (RecusalReasonText.Refusal(reason, out var cleaned) is { } refusal) return Problem.InvalidField("reason", refusal);
        if (round.IsClosedAt(now))
            return new Problem(ProblemKind.Closed, "Vòng chấm đã đóng", "Không thể rút khỏi bài sau khi vòng chấm đã đóng.");
        if (State == ScoreState.Submitted)
            return new Problem(ProblemKind.Conflict, "Đã nộp phiếu chấm", "Bài đã được chấm xong; không thể rút khỏi bài này.");
        State = ScoreState.Recused;
        RecusalReason = cleaned;
        Total = null;
        return null;
    }

    public Problem? Unlock(string? reason, Round round, DateTimeOffset now)
    {
        if (UnlockReasonText.Refusal(reason, out _) is { } refusal) return Problem.InvalidField("reason", refusal);
        if (!round.IsClosedAt(now))
            return new Problem(ProblemKind.Conflict, "Vòng chấm chưa đóng", "Điểm chỉ bị khóa sau khi vòng chấm đóng; giám khảo vẫn đang sửa được.");
        if (State == ScoreState.Recused)
            return new Problem(ProblemKind.Conflict, "Giám khảo đã rút khỏi bài này", "Không có điểm nào để mở khóa.");
        Unlocked = true;
        return null;
    }

    /// <summary>Rebuilds a stored score; the store is the only caller.</summary>
    public static Score Restore(
        string roundId, string entryId, SealedFacts facts, string judgeEmail, DateTimeOffset assignedAt, ScoreState state,
        IReadOnlyDictionary<string, decimal?> points, string comment, decimal? total, DateTimeOffset? savedAt,
        DateTimeOffset? submittedAt, string? recusalReason, bool unlocked) =>
        new()
        {
            RoundId = roundId, EntryId = entryId, Facts = facts, JudgeEmail = judgeEmail, AssignedAt = assignedAt,
            State = state, Points = points, Comment = comment, Total = total, SavedAt = savedAt,
            SubmittedAt = submittedAt, RecusalReason = recusalReason, Unlocked = unlocked,
        };
}

/// <summary>Where a judge stands with one assigned entry.</summary>
public enum ScoreState
{
    /// <summary>Assigned, nothing saved yet.</summary>
    Assigned,

    /// <summary>Saved but not submitted: does not count anywhere.</summary>
    Draft,

    /// <summary>Submitted: counts in the ranking; the judge may amend it until the round closes.</summary>
    Submitted,

    /// <summary>The judge stepped back (tự rút) with a reason; the entry went to another judge.</summary>
    Recused,
}

/// <summary>A judge's points per criterion and comment on one entry (phiếu chấm); blank points are a draft's.</summary>
public sealed record ScoreSheet(IReadOnlyDictionary<string, decimal?> Points, string? Comment)
{
    public const int MaxCommentLength = 4000;

    public static readonly FreeText CommentText = new("nhận xét", MaxCommentLength, LineBreaks: true);
}

/// <summary>Points as Vietnamese write them: a comma before the half ("7,5").</summary>
public static class Points
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Format(decimal points) => points.ToString("0.##", Vietnamese);
}
