using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Judging;

/// <summary>Organizers keep a judge away from an entry: a conflict the rules cannot see, or an unscored assignment moved by hand.</summary>
public sealed class ConflictService(
    IRoundStore rounds,
    IScoreStore scores,
    JudgePlacement placement,
    IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>
    /// Records a conflict the rules cannot see; an unscored assignment of that judge to the entry moves to another
    /// judge at once. A judge who already saved a score on it must recuse or be unlocked first.
    /// </summary>
    public async Task<Result<AssignmentPlan>> DeclareConflictAsync(SignedInUser by, string roundId, string? entryId, string? judgeEmail, string? reason, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return Round.NotFound();
        var email = StaffService.NormalizeEmail(judgeEmail);
        var errors = new Dictionary<string, string[]>();
        var why = Round.SecretariatReason.Read("reason", reason, errors);
        if (!round.HasJudge(email)) errors["judge"] = ["Giám khảo này không thuộc vòng chấm."];
        var sealedEntry = await rounds.FindEntryAsync(round.Id, Text.Clean(entryId), cancellationToken);
        if (sealedEntry is null) errors["entryId"] = ["Bài này không có trong vòng chấm."];
        if (errors.Count > 0) return Problem.Invalid(errors);

        var existing = await scores.FindAsync(round.Id, email, sealedEntry!.EntryId, cancellationToken);
        if (existing is { Score.State: ScoreState.Draft or ScoreState.Submitted })
            return new Problem(ProblemKind.Conflict, "Giám khảo đã chấm bài này",
                "Giám khảo đã lưu điểm cho bài này; đề nghị giám khảo xin rút, hoặc mở khóa rồi trao đổi với giám khảo.");
        round = round with { Conflicts = [.. round.Conflicts, new DeclaredConflict(sealedEntry.EntryId, email, why)] };
        await rounds.SaveAsync(round, cancellationToken);
        if (existing is { Score.State: ScoreState.Assigned } && !await scores.RemoveAsync(existing.Score, existing.Version, cancellationToken))
            return Problem.Unavailable();
        await audit.RecordAsync(by, AuditAction.ConflictDeclared, $"{round.Id}/{sealedEntry.Facts.Code}/{email}", why, cancellationToken);
        var taken = await placement.EntriesTakenAsync(round, cancellationToken);
        return await placement.PlanAsync(round, sealedEntry.ReadyForJudges ? [sealedEntry] : [], taken, cancellationToken);
    }

    /// <summary>Moves one unscored assignment from one judge to another who is free of conflict with the entry.</summary>
    public async Task<Result<Score>> MoveAssignmentAsync(SignedInUser by, string roundId, string? entryId, string? fromJudge, string? toJudge, CancellationToken cancellationToken)
    {
        if (await rounds.FindAsync(roundId, cancellationToken) is not { } round) return Round.NotFound();
        var from = StaffService.NormalizeEmail(fromJudge);
        var to = StaffService.NormalizeEmail(toJudge);
        if (await scores.FindAsync(round.Id, from, Text.Clean(entryId), cancellationToken) is not { } stored)
            return Problem.NotFound("Không tìm thấy phân công", "Giám khảo này không được phân công chấm bài này.");
        if (stored.Score.State != ScoreState.Assigned)
            return new Problem(ProblemKind.Conflict, "Giám khảo đã chấm bài này", "Chỉ chuyển được bài giám khảo chưa lưu điểm.");
        if (!round.HasJudge(to)) return Problem.InvalidField("to", "Giám khảo nhận bài không thuộc vòng chấm.");
        if (await scores.FindAsync(round.Id, to, stored.Score.EntryId, cancellationToken) is { Score.State: not ScoreState.Recused })
            return Problem.InvalidField("to", "Giám khảo này đã được phân công chấm bài này.");

        var members = (await placement.JudgesAsync(cancellationToken)).ToDictionary(m => m.Email);
        var taken = await placement.EntriesTakenAsync(round, cancellationToken);
        if (members.GetValueOrDefault(to) is not { } member || !taken.TryGetValue(stored.Score.EntryId, out var entry))
            return Problem.InvalidField("to", "Giám khảo nhận bài không thuộc Ban Giám khảo.");
        var conflict = (await placement.ConflictsAsync(round, cancellationToken)).Between(new Judge(to, member.Name, member.UnitId), JudgingCandidates.From(entry));
        if (conflict != Conflict.None)
            return Problem.InvalidField("to", $"Giám khảo này vướng xung đột với bài ({ConflictText(conflict)}).");

        if (!await scores.RemoveAsync(stored.Score, stored.Version, cancellationToken)) return Problem.Unavailable();
        var moved = new Score { RoundId = round.Id, EntryId = stored.Score.EntryId, Facts = stored.Score.Facts, JudgeEmail = to, AssignedAt = clock.GetUtcNow() };
        await scores.AddAsync([moved], cancellationToken);
        await audit.RecordAsync(by, AuditAction.AssignmentMoved, $"{round.Id}/{moved.Code}", $"{from} → {to}", cancellationToken);
        return moved;
    }

    private static string ConflictText(Conflict conflict) => conflict switch
    {
        Conflict.SameEmail => "trùng e-mail tác giả",
        Conflict.SameName => "trùng họ tên tác giả",
        Conflict.SameUnit => "cùng đơn vị",
        Conflict.UnitAbove => "đơn vị cấp trên của đơn vị dự thi",
        Conflict.UnitBelow => "đơn vị trực thuộc đơn vị dự thi",
        Conflict.Declared => "Ban Tổ chức đã xác định xung đột",
        Conflict.Recused => "giám khảo đã xin rút",
        _ => conflict.ToString(),
    };
}
