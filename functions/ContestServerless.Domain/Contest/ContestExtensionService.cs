using ContestServerless.Domain.Audit;
using ContestServerless.Domain.Common;
using ContestServerless.Domain.Staff;

namespace ContestServerless.Domain.Contest;

/// <summary>
/// Extending the submission deadline (gia hạn nhận bài), as an act of record: the new time must be later, with a
/// reason and the notice the public reads; the record keeps the previous time, and the audit trail says both.
/// Everything that reads the contest (the form, the pages, reminders counted from the closing time) follows at once,
/// and every unit's focal points are told by e-mail (<see cref="ExtensionLetters"/>).
/// </summary>
public sealed class ContestExtensionService(ContestDirectory directory, IContestStore store, IAuditLog audit, ExtensionLetters letters, TimeProvider clock)
{
    public async Task<Result<ContestRecord>> ExtendAsync(string id, ContestExtensionRequest request, SignedInUser user,
        CancellationToken cancellationToken)
    {
        var read = ContestSettingsReader.ReadExtension(request);
        if (read.Problem is { } invalid) return invalid;
        var (closesAt, reason, notice) = read.Value;
        if (await store.FindAsync(id, cancellationToken) is not { } stored) return ContestSettingsService.NotFound();
        var previous = stored.Settings.SubmissionClosesAt;
        if (closesAt <= previous)
            return Problem.InvalidField("closesAt", $"Thời hạn mới phải sau thời hạn hiện tại ({VietnamTime.DateTime(previous)}).");

        var settings = stored.Settings.Copy();
        settings.SubmissionClosesAt = closesAt;
        var extension = new ContestExtension(previous, closesAt, reason, notice, user.Name, clock.GetUtcNow());
        if (await directory.TryReplaceAsync(stored with { Settings = settings, Extension = extension }, cancellationToken) is not { } saved)
            return new Problem(ProblemKind.Conflict, "Thông tin cuộc thi vừa được thay đổi",
                "Người khác vừa lưu thay đổi thông tin cuộc thi cùng lúc; vui lòng gửi lại yêu cầu gia hạn.");
        await audit.RecordAsync(user, AuditAction.ContestExtended, id,
            $"Hạn nhận bài: “{VietnamTime.DateTime(previous)}” → “{VietnamTime.DateTime(closesAt)}”\nLý do: {reason}\nThông báo: {notice}",
            cancellationToken);
        // Units are told once; a letter that fails here is sent again by the reminders' next run.
        await letters.SendAsync(saved, user.Name, cancellationToken);
        return saved;
    }
}
