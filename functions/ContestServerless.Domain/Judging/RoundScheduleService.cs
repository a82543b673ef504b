using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Results;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Judging;

/// <summary>
/// Organizers close a round early or extend it, with a reason, as an act of record: the round keeps the time it
/// replaced and the audit trail says both. Once the committee approved results from the round, its window is history.
/// </summary>
public sealed class RoundScheduleService(IRoundStore rounds, IResultsStore results, IAuditLog audit, TimeProvider clock)
{
    public async Task<Result<Round>> RescheduleAsync(SignedInUser by, string roundId, RoundScheduleRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!VietnamTime.TryParse(request.ClosesAt, out var closesAt))
            errors["closesAt"] = [VietnamTime.InvalidInstant("Thời gian đóng vòng chấm mới")];
        var reason = Round.SecretariatReason.Read("reason", request.Reason, errors);
        if (errors.Count > 0) return Problem.Invalid(errors);

        var all = await rounds.ListAsync(cancellationToken);
        if (all.FirstOrDefault(r => r.Id == roundId) is not { } round) return Round.NotFound();
        if ((await results.GetAsync(cancellationToken)).Approval?.RoundId == round.Id)
            return new Problem(ProblemKind.Conflict, "Kết quả đã được phê duyệt",
                "Kết quả xét giải từ vòng chấm này đã được phê duyệt; không đổi thời hạn chấm. Muốn thay đổi, Ban Tổ chức cần mở khóa kết quả (nêu lý do).");
        var rescheduled = round.Reschedule(closesAt, reason, by.Name, clock.GetUtcNow());
        if (rescheduled.Problem is { } refused) return refused;
        var changed = rescheduled.Value!;
        if (all.FirstOrDefault(other => other.Id != round.Id && other.Overlaps(changed)) is { } overlapping) return overlapping.OverlapProblem();

        await rounds.SaveAsync(changed, cancellationToken);
        await audit.RecordAsync(by, AuditAction.RoundRescheduled, round.Id,
            $"{round.Name}: hạn chấm “{VietnamTime.DateTime(round.ClosesAt)}” → “{VietnamTime.DateTime(changed.ClosesAt)}”\nLý do: {reason}",
            cancellationToken);
        return changed;
    }
}

/// <summary>A round's new closing time (Vietnam local "yyyy-MM-ddTHH:mm", or with an offset) and why it changes.</summary>
public sealed record RoundScheduleRequest(string? ClosesAt, string? Reason);
